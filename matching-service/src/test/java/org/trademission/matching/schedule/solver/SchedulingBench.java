package org.trademission.matching.schedule.solver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scheduler against the published B2B instances and a generated large mission, beside the greedy baseline;
 * run by {@code bench/scheduling} without starting a service. Numbers go to docs/scheduling.md, never into a test.
 *
 * <pre>SchedulingBench published DIR [SECONDS_PER_INSTANCE] [FILTER] | generated [SECONDS]</pre>
 */
public final class SchedulingBench {
    private static final Pattern PAPER = Pattern.compile("\\*\\*(\\d+)\\*\\*\\s*\\(([\\d.]+) s\\)");

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        if (args.length > 0 && args[0].equals("generated")) {
            generated(args.length > 1 ? Double.parseDouble(args[1]) : 30);
        } else {
            Path dir = Path.of(args.length > 1 ? args[1] : "../shared/data/b2b-instances");
            published(dir, args.length > 2 ? Double.parseDouble(args[2]) : 60, args.length > 3 ? args[3] : "");
        }
    }

    private record Published(Integer optimum, boolean infeasible, Double seconds) {
    }

    static void published(Path dir, double seconds, String filter) throws IOException {
        Map<String, Published> paper = paper(dir.resolve("README.md"));
        List<Path> files;
        Pattern names = Pattern.compile(filter);
        try (Stream<Path> listing = Files.list(dir.resolve("input"))) {
            files = listing.filter(p -> p.toString().endsWith(".dzn"))
                    .filter(p -> names.matcher(p.getFileName().toString()).find()).sorted().toList();
        }
        System.out.printf("%-34s %4s %4s | %-10s %6s %4s %8s | %-10s %5s | %-11s %6s%n", "instance", "P", "M",
                "verdict", "breaks", "lb", "ms", "published", "match", "greedy", "breaks");
        int feasible = 0;
        int scheduled = 0;
        int withOptimum = 0;
        int optimumReached = 0;
        int provenOptimal = 0;
        int infeasibleAgreed = 0;
        int infeasiblePublished = 0;
        double originalsSeconds = 0;
        double originalsPaper = 0;
        long greedyPlaced = 0;
        long meetings = 0;
        double total = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            SchedulingProblem problem = DznInstance.read(file, Integer.getInteger("scheduling.fair", 2));
            SolvedSchedule solved = MeetingScheduler.solve(problem, SchedulingLimits.portfolio(
                    Duration.ofMillis((long) (seconds * 1000))));
            if (solved.verdict() == SolvedSchedule.Verdict.OPTIMAL
                    || solved.verdict() == SolvedSchedule.Verdict.FEASIBLE) {
                List<String> violations = ScheduleCheck.violations(problem, solved.slotOf());
                if (!violations.isEmpty()) {
                    throw new IllegalStateException(name + ": " + violations);
                }
            }
            int[] greedy = GreedyScheduler.schedule(problem);
            int greedyCount = MeetingScheduler.placed(greedy);
            greedyPlaced += greedyCount;
            meetings += problem.candidates().size();
            total += solved.millis() / 1000.0;
            Published published = paper.get(name);
            String expected = published == null ? "?" : published.infeasible() ? "infeasible"
                    : published.optimum() == null ? "?" : published.optimum().toString();
            String match;
            boolean found = solved.verdict() == SolvedSchedule.Verdict.OPTIMAL
                    || solved.verdict() == SolvedSchedule.Verdict.FEASIBLE;
            if (published != null && published.infeasible()) {
                infeasiblePublished++;
                match = solved.verdict() == SolvedSchedule.Verdict.INFEASIBLE ? "yes" : found ? "NO!" : "open";
                if (solved.verdict() == SolvedSchedule.Verdict.INFEASIBLE) {
                    infeasibleAgreed++;
                }
            } else {
                feasible++;
                if (found) {
                    scheduled++;
                }
                if (published != null && published.optimum() != null) {
                    withOptimum++;
                    boolean reached = found && solved.breaks() <= published.optimum();
                    if (reached) {
                        optimumReached++;
                    }
                    match = reached ? (solved.breaks() < published.optimum() ? "BELOW" : "yes") : "no";
                } else {
                    match = "-";
                }
            }
            if (solved.verdict() == SolvedSchedule.Verdict.OPTIMAL) {
                provenOptimal++;
            }
            if (name.endsWith(".original.dzn")) {
                originalsSeconds += solved.millis() / 1000.0;
                if (published != null && published.seconds() != null) {
                    originalsPaper += published.seconds();
                }
            }
            System.out.printf("%-34s %4d %4d | %-10s %6s %4d %8d | %-10s %5s | %4d/%-6d %6s%n",
                    name.replace(".dzn", ""), problem.participants().size(), problem.candidates().size(),
                    solved.verdict(), found ? String.valueOf(solved.breaks()) : "-", solved.breaksLowerBound(),
                    solved.millis(), expected, match, greedyCount, problem.candidates().size(),
                    greedyCount == problem.candidates().size()
                            ? String.valueOf(Breaks.total(Breaks.perParticipant(problem, greedy))) : "-");
        }
        System.out.printf("%nfeasible (published): %d, scheduled: %d; published optimum reached: %d of %d (%.1f %%);"
                + " proven optimal: %d; infeasible: %d of %d proven%n", feasible, scheduled, optimumReached,
                withOptimum, withOptimum == 0 ? 0 : 100.0 * optimumReached / withOptimum, provenOptimal,
                infeasibleAgreed, infeasiblePublished);
        System.out.printf("originals: %.1f s here against %.1f s for the paper's MaxSAT; all instances %.1f s; "
                + "greedy placed %d of %d required meetings%n", originalsSeconds, originalsPaper, total, greedyPlaced,
                meetings);
    }

    private static Map<String, Published> paper(Path readme) throws IOException {
        Map<String, Published> paper = new HashMap<>();
        if (!Files.exists(readme)) {
            return paper;
        }
        for (String line : Files.readAllLines(readme)) {
            String[] cells = line.split("\\|");
            if (cells.length < 10 || !cells[1].contains(".dzn")) {
                continue;
            }
            String name = cells[1].trim().replace("`", "");
            String cell = cells[9].trim();
            Matcher matcher = PAPER.matcher(cell);
            if (matcher.find()) {
                paper.put(name, new Published(Integer.parseInt(matcher.group(1)), false,
                        Double.parseDouble(matcher.group(2))));
            } else if (cell.startsWith("infeasible")) {
                paper.put(name, new Published(null, true, null));
            } else {
                paper.put(name, new Published(null, false, null));
            }
        }
        return paper;
    }

    static void generated(double seconds) {
        // The first customer's size: seven exporters, 80 buyers, 2 days of 14 slots at 7 tables, the service's own
        // solver settings (one worker, deterministic budget of 10 s).
        SchedulingProblem mission = largeMission(7, 80, 150, 2, 14, 7, 0.10, 7);
        SolvedSchedule service = MeetingScheduler.solve(mission, SchedulingLimits.service(
                java.time.Duration.ofSeconds(10)));
        int[] baseline = GreedyScheduler.schedule(mission);
        SolvedSchedule portfolio = MeetingScheduler.solve(mission, SchedulingLimits.portfolio(
                java.time.Duration.ofSeconds(10)));
        System.out.printf("  the same with 8 CP-SAT workers (not deterministic): %d placed, %d breaks (lower bound %d),"
                + " %s, fairness kept: %s%n", portfolio.placed(), portfolio.breaks(), portfolio.breaksLowerBound(),
                portfolio.verdict(), portfolio.fairnessKept());
        System.out.printf("7 exporters x 80 buyers, 150 requests, 2 days x 14 slots x 7 tables, 10 %% blocked, service "
                + "settings: %d placed of bound %d, %d breaks (lower bound %d), %s, fairness kept: %s, %.1f s; greedy: "
                + "%d placed, %d breaks%n", service.placed(), service.upperBound(), service.breaks(),
                service.breaksLowerBound(), service.verdict(), service.fairnessKept(), service.millis() / 1000.0,
                MeetingScheduler.placed(baseline), Breaks.total(Breaks.perParticipant(mission, baseline)));
        for (double blocked : new double[] {0.0, 0.10}) {
            SchedulingProblem problem = largeMission(200, 1000, 5000, 3, 16, 100, blocked, 42);
            long started = System.nanoTime();
            FlowBound bound = FlowBound.of(problem);
            int[] colouring = KempeColouring.schedule(problem, bound.selected());
            double colouringSeconds = (System.nanoTime() - started) / 1e9;
            SolvedSchedule solved = MeetingScheduler.solve(problem, SchedulingLimits.portfolio(
                    Duration.ofMillis((long) (seconds * 1000))));
            List<String> violations = ScheduleCheck.violations(new SchedulingProblem(problem.participants(),
                    problem.slots(), problem.candidates(), problem.precedences(), problem.required(), -1),
                    solved.slotOf());
            long aboveLimit = java.util.stream.IntStream.of(Breaks.perParticipant(problem, solved.slotOf()))
                    .filter(b -> b > problem.maxBreaks()).count();
            long greedyStarted = System.nanoTime();
            int[] greedy = GreedyScheduler.schedule(problem);
            double greedySeconds = (System.nanoTime() - greedyStarted) / 1e9;
            System.out.printf("200 exporters x 1000 buyers, 5000 requests, 3 days x 16 slots x 100 tables, %.0f %% of "
                    + "slots blocked:%n", blocked * 100);
            System.out.printf("  upper bound %d; flow + colouring: %d placed in %.2f s (%.4f of the bound), "
                    + "%d breaks%n", bound.bound(), MeetingScheduler.placed(colouring), colouringSeconds,
                    (double) MeetingScheduler.placed(colouring) / bound.bound(),
                    Breaks.total(Breaks.perParticipant(problem, colouring)));
            System.out.printf("  full solve (limit %.0f s): %d placed (%.4f of the bound), %d breaks (lower bound %d),"
                    + " %s, %d participants above %d breaks, %.1f s, by %s, hard rules violated: %d%n", seconds,
                    solved.placed(), (double) solved.placed() / solved.upperBound(), solved.breaks(),
                    solved.breaksLowerBound(), solved.verdict(), aboveLimit, problem.maxBreaks(),
                    solved.millis() / 1000.0, solved.method(), violations.size());
            System.out.printf("  greedy baseline: %d placed (%.4f of the bound), %d breaks, %.2f s%n",
                    MeetingScheduler.placed(greedy), (double) MeetingScheduler.placed(greedy) / bound.bound(),
                    Breaks.total(Breaks.perParticipant(problem, greedy)), greedySeconds);
        }
    }

    /** A two-sided mission with random requests and, optionally, a share of (participant, slot) pairs blocked. */
    static SchedulingProblem largeMission(int exporters, int buyers, int requests, int days, int slotsPerDay,
            int tables, double blockedShare, long seed) {
        Random random = new Random(seed);
        int slots = days * slotsPerDay;
        List<SchedulingProblem.Participant> people = new ArrayList<>();
        for (int p = 0; p < exporters + buyers; p++) {
            BitSet blocked = new BitSet();
            for (int t = 0; t < slots; t++) {
                if (random.nextDouble() < blockedShare) {
                    blocked.set(t);
                }
            }
            people.add(new SchedulingProblem.Participant(blocked, Integer.MAX_VALUE, p < exporters ? 0 : 1));
        }
        List<SchedulingProblem.Slot> grid = new ArrayList<>();
        for (int t = 0; t < slots; t++) {
            grid.add(new SchedulingProblem.Slot(t / slotsPerDay, tables));
        }
        Set<Long> pairs = new HashSet<>();
        List<SchedulingProblem.Candidate> candidates = new ArrayList<>();
        while (candidates.size() < requests) {
            int e = random.nextInt(exporters);
            int b = exporters + random.nextInt(buyers);
            if (pairs.add(((long) e << 32) | b)) {
                candidates.add(SchedulingProblem.Candidate.of(e, b, 1));
            }
        }
        return new SchedulingProblem(people, grid, candidates, List.of(), false, 2);
    }
}
