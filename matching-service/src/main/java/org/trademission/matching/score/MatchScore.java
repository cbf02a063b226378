package org.trademission.matching.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How well an exporter and a buyer of a mission fit, 0..1 — plain Java, documented in docs/matching.md:
 *
 * <pre>
 * score = 0.60 · hs + 0.20 · language + 0.10 · focus + 0.10 · budget
 * </pre>
 *
 * <ul>
 * <li>{@code hs}: the best pair of a product and an interest in the HS hierarchy: the same subheading (6 digits) 1.0,
 * the same heading (4) 0.7, the same chapter (2) 0.4, nothing 0. An interest that is a prefix covers a product at
 * its own precision: an interest in {@code 39} (all plastics) meets a product {@code 390110} at chapter level.</li>
 * <li>{@code language}: a shared language 1.0; none, but the buyer has an interpreter into one of the exporter's
 * languages 0.7 (the need lowers the score, it does not kill it); neither 0.2.</li>
 * <li>{@code focus}: the matched product lies in the mission's HS focus (or the mission has none) 1.0, else 0.</li>
 * <li>{@code budget}: for the matched pair in one currency, budget at least the product's lowest price 1.0, below it
 * 0.3; unknown (no budget, no price, or two currencies) 0.6.</li>
 * </ul>
 * Without an HS match there is no pair, so focus and budget count 0: such a pair scores at most 0.2, far below any
 * pair that shares a chapter. The reasons name what counted.
 */
public final class MatchScore {
    static final double HS_WEIGHT = 0.60;
    static final double LANGUAGE_WEIGHT = 0.20;
    static final double FOCUS_WEIGHT = 0.10;
    static final double BUDGET_WEIGHT = 0.10;

    private MatchScore() {
    }

    /** @param hsFocus the mission's HS prefixes (empty: no focus); @param chapterTitle titles of HS chapters */
    public static Match score(ExporterProfile exporter, BuyerProfile buyer, List<String> hsFocus,
            Function<String, String> chapterTitle) {
        List<Reason> reasons = new ArrayList<>();
        Pair best = bestPair(exporter, buyer);
        double hs = best == null ? 0 : best.level;
        double language = language(exporter, buyer, reasons);
        double focus = 0;
        double budget = 0;
        if (best != null) {
            reasons.add(0, new Reason(Reason.Kind.HS_MATCH, best.interest.hsCode() + describe(best.interest)
                    + " ↔ product " + best.offer.hsCode() + " " + best.offer.name() + " (" + levelName(best.level)
                    + ", chapter " + best.offer.hsCode().substring(0, 2) + " "
                    + nullToEmpty(chapterTitle.apply(best.offer.hsCode().substring(0, 2))) + ")"));
            focus = focus(best.offer.hsCode(), hsFocus, reasons);
            budget = budget(best, reasons);
        }
        double score = HS_WEIGHT * hs + LANGUAGE_WEIGHT * language + FOCUS_WEIGHT * focus + BUDGET_WEIGHT * budget;
        return new Match(exporter, buyer, Math.round(score * 1000) / 1000.0, List.copyOf(reasons));
    }

    /** The HS level of an interest and a product code: 1.0, 0.7, 0.4 or 0. */
    static double level(String interest, String product) {
        int common = 0;
        while (common < interest.length() && common < product.length()
                && interest.charAt(common) == product.charAt(common)) {
            common++;
        }
        int precision = common == interest.length() ? Math.min(interest.length(), 6) : common;
        if (precision >= 6) {
            return 1.0;
        }
        if (precision >= 4) {
            return 0.7;
        }
        return precision >= 2 ? 0.4 : 0;
    }

    private static Pair bestPair(ExporterProfile exporter, BuyerProfile buyer) {
        Pair best = null;
        for (BuyerProfile.Demand interest : buyer.interests()) {
            for (ExporterProfile.Offer offer : exporter.products()) {
                double level = level(interest.hsCode(), offer.hsCode());
                if (level > 0 && (best == null || level > best.level
                        || level == best.level && budgetFit(interest, offer) > budgetFit(best.interest, best.offer))) {
                    best = new Pair(interest, offer, level);
                }
            }
        }
        return best;
    }

    private static double language(ExporterProfile exporter, BuyerProfile buyer, List<Reason> reasons) {
        List<String> shared = exporter.languages().stream().filter(buyer.languages()::contains).toList();
        if (!shared.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.LANGUAGE, "shared: " + String.join(", ", shared)));
            return 1.0;
        }
        String interpreter = buyer.interpreterLanguage();
        if (interpreter != null && exporter.languages().contains(interpreter)) {
            reasons.add(new Reason(Reason.Kind.LANGUAGE, "no shared language; the buyer has an interpreter into "
                    + interpreter));
            return 0.7;
        }
        reasons.add(new Reason(Reason.Kind.LANGUAGE, "no shared language (exporter: "
                + String.join(", ", exporter.languages()) + "; buyer: " + String.join(", ", buyer.languages()) + ")"));
        return 0.2;
    }

    private static double focus(String productCode, List<String> hsFocus, List<Reason> reasons) {
        if (hsFocus.isEmpty()) {
            return 1.0;
        }
        for (String prefix : hsFocus) {
            if (productCode.startsWith(prefix)) {
                reasons.add(new Reason(Reason.Kind.HS_FOCUS, "product " + productCode + " is in the mission's focus "
                        + prefix));
                return 1.0;
            }
        }
        return 0;
    }

    private static double budget(Pair pair, List<Reason> reasons) {
        double fit = budgetFit(pair.interest, pair.offer);
        if (fit == 1.0) {
            reasons.add(new Reason(Reason.Kind.BUDGET, "budget " + money(pair.interest.budget(),
                    pair.interest.currency()) + " covers the price from " + money(pair.offer.priceFrom(),
                    pair.offer.currency())));
        } else if (fit < 0.5) {
            reasons.add(new Reason(Reason.Kind.BUDGET, "budget " + money(pair.interest.budget(),
                    pair.interest.currency()) + " is below the price from " + money(pair.offer.priceFrom(),
                    pair.offer.currency())));
        }
        return fit;
    }

    private static double budgetFit(BuyerProfile.Demand interest, ExporterProfile.Offer offer) {
        if (interest.budget() == null || offer.priceFrom() == null || interest.currency() == null
                || !interest.currency().equals(offer.currency())) {
            return 0.6;
        }
        return interest.budget().compareTo(offer.priceFrom()) >= 0 ? 1.0 : 0.3;
    }

    private static String levelName(double level) {
        return level >= 1.0 ? "same subheading" : level >= 0.7 ? "same heading" : "same chapter";
    }

    private static String describe(BuyerProfile.Demand interest) {
        return interest.description() == null || interest.description().isBlank() ? ""
                : " (" + abbreviate(interest.description()) + ")";
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    private static String money(BigDecimal amount, String currency) {
        return String.format(Locale.ROOT, "%,.2f %s", amount, currency);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private record Pair(BuyerProfile.Demand interest, ExporterProfile.Offer offer, double level) {
    }
}
