package org.trademission.matching.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * The score's speed on a generated mission (bench/matching): 200 exporters × 1,000 buyers, 3 products and 3
 * interests each. Times one buyer's ranking, one exporter's ranking and the whole matrix, after a warm-up; prints
 * the median and the worst of the measured runs. Plain Java: no service, no database.
 */
public final class MatchBench {
    private static final String[] HEADINGS = {"3901", "3902", "3920", "3923", "8456", "8477", "8479", "9027", "8531",
            "8471", "7308", "8708"};
    private static final Function<String, String> TITLES = code -> "chapter " + code;

    private MatchBench() {
    }

    public static void main(String[] args) {
        int exporterCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int buyerCount = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Random random = new Random(42);
        List<ExporterProfile> exporters = new ArrayList<>();
        for (int i = 0; i < exporterCount; i++) {
            List<ExporterProfile.Offer> offers = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                offers.add(new ExporterProfile.Offer("Product " + i + "-" + p, HEADINGS[random.nextInt(HEADINGS.length)]
                        + String.format("%02d", random.nextInt(100)), BigDecimal.valueOf(1000 + random.nextInt(50000)),
                        "EUR"));
            }
            exporters.add(new ExporterProfile(UUID.randomUUID(), "Exporter " + i, List.of("ru", i % 3 == 0 ? "fr"
                    : "en"), offers));
        }
        List<BuyerProfile> buyers = new ArrayList<>();
        for (int i = 0; i < buyerCount; i++) {
            List<BuyerProfile.Demand> demands = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                String heading = HEADINGS[random.nextInt(HEADINGS.length)];
                demands.add(new BuyerProfile.Demand(random.nextBoolean() ? heading : heading.substring(0, 2),
                        "Demand " + i, BigDecimal.valueOf(random.nextInt(100000)), "EUR"));
            }
            buyers.add(new BuyerProfile(UUID.randomUUID(), "Buyer " + i, List.of(i % 2 == 0 ? "fr" : "ar"),
                    i % 5 == 0 ? "ru" : null, demands));
        }
        List<String> focus = List.of("39", "84");
        report("one buyer's ranking (" + exporterCount + " exporters)", 200, () -> rankFor(buyers.get(7), exporters,
                focus));
        report("one exporter's ranking (" + buyerCount + " buyers)", 100, () -> rankFor(exporters.get(3), buyers,
                focus));
        report("whole matrix (" + exporterCount * buyerCount + " pairs)", 10, () -> matrix(exporters, buyers, focus));
    }

    /** As the service ranks: every counterpart by score, then the reasons of the first page (20). */
    private static int rankFor(BuyerProfile buyer, List<ExporterProfile> exporters, List<String> focus) {
        List<ExporterProfile> ranked = new ArrayList<>(exporters);
        java.util.Map<ExporterProfile, Double> byProfile = new java.util.IdentityHashMap<>();
        for (ExporterProfile exporter : ranked) {
            byProfile.put(exporter, MatchScore.value(exporter, buyer, focus));
        }
        ranked.sort(Comparator.comparingDouble((ExporterProfile e) -> byProfile.get(e)).reversed());
        for (ExporterProfile exporter : ranked.subList(0, Math.min(20, ranked.size()))) {
            MatchScore.score(exporter, buyer, focus, TITLES);
        }
        return ranked.size();
    }

    private static int rankFor(ExporterProfile exporter, List<BuyerProfile> buyers, List<String> focus) {
        List<BuyerProfile> ranked = new ArrayList<>(buyers);
        java.util.Map<BuyerProfile, Double> byProfile = new java.util.IdentityHashMap<>();
        for (BuyerProfile buyer : ranked) {
            byProfile.put(buyer, MatchScore.value(exporter, buyer, focus));
        }
        ranked.sort(Comparator.comparingDouble((BuyerProfile b) -> byProfile.get(b)).reversed());
        for (BuyerProfile buyer : ranked.subList(0, Math.min(20, ranked.size()))) {
            MatchScore.score(exporter, buyer, focus, TITLES);
        }
        return ranked.size();
    }

    private static int matrix(List<ExporterProfile> exporters, List<BuyerProfile> buyers, List<String> focus) {
        int above = 0;
        for (ExporterProfile exporter : exporters) {
            for (BuyerProfile buyer : buyers) {
                if (MatchScore.value(exporter, buyer, focus) >= 0.5) {
                    above++;
                }
            }
        }
        return above;
    }

    private static void report(String what, int runs, java.util.function.IntSupplier work) {
        for (int i = 0; i < runs; i++) {
            work.getAsInt(); // warm-up
        }
        long[] nanos = new long[runs];
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-45s median %8.2f ms   worst %8.2f ms   (%d)%n", what, nanos[runs / 2] / 1e6,
                nanos[runs - 1] / 1e6, result);
    }
}
