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
        Pair best = bestPair(exporter, buyer);
        List<Reason> reasons = new ArrayList<>();
        if (best != null) {
            reasons.add(new Reason(Reason.Kind.HS_MATCH, best.interest.hsCode() + describe(best.interest)
                    + " ↔ product " + best.offer.hsCode() + " " + best.offer.name() + " (" + levelName(best.level)
                    + ", chapter " + best.offer.hsCode().substring(0, 2) + " "
                    + nullToEmpty(chapterTitle.apply(best.offer.hsCode().substring(0, 2))) + ")"));
        }
        reasons.add(languageReason(exporter, buyer));
        if (best != null) {
            focusReason(best.offer.hsCode(), hsFocus).ifPresent(reasons::add);
            budgetReason(best).ifPresent(reasons::add);
        }
        return new Match(exporter, buyer, value(best, exporter, buyer, hsFocus), List.copyOf(reasons));
    }

    /** The score alone, without reasons: the same number as {@link #score}, for the whole matrix. */
    public static double value(ExporterProfile exporter, BuyerProfile buyer, List<String> hsFocus) {
        return value(bestPair(exporter, buyer), exporter, buyer, hsFocus);
    }

    private static double value(Pair best, ExporterProfile exporter, BuyerProfile buyer, List<String> hsFocus) {
        double hs = best == null ? 0 : best.level;
        double language = languageLevel(exporter, buyer);
        double focus = best == null ? 0 : focusLevel(best.offer.hsCode(), hsFocus);
        double budget = best == null ? 0 : budgetFit(best.interest, best.offer);
        double score = HS_WEIGHT * hs + LANGUAGE_WEIGHT * language + FOCUS_WEIGHT * focus + BUDGET_WEIGHT * budget;
        return Math.round(score * 1000) / 1000.0;
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

    private static double languageLevel(ExporterProfile exporter, BuyerProfile buyer) {
        for (String language : exporter.languages()) {
            if (buyer.languages().contains(language)) {
                return 1.0;
            }
        }
        String interpreter = buyer.interpreterLanguage();
        return interpreter != null && exporter.languages().contains(interpreter) ? 0.7 : 0.2;
    }

    private static Reason languageReason(ExporterProfile exporter, BuyerProfile buyer) {
        List<String> shared = exporter.languages().stream().filter(buyer.languages()::contains).toList();
        if (!shared.isEmpty()) {
            return new Reason(Reason.Kind.LANGUAGE, "shared: " + String.join(", ", shared));
        }
        if (languageLevel(exporter, buyer) == 0.7) {
            return new Reason(Reason.Kind.LANGUAGE, "no shared language; the buyer has an interpreter into "
                    + buyer.interpreterLanguage());
        }
        return new Reason(Reason.Kind.LANGUAGE, "no shared language (exporter: " + String.join(", ",
                exporter.languages()) + "; buyer: " + String.join(", ", buyer.languages()) + ")");
    }

    private static double focusLevel(String productCode, List<String> hsFocus) {
        if (hsFocus.isEmpty()) {
            return 1.0;
        }
        for (String prefix : hsFocus) {
            if (productCode.startsWith(prefix)) {
                return 1.0;
            }
        }
        return 0;
    }

    private static java.util.Optional<Reason> focusReason(String productCode, List<String> hsFocus) {
        return hsFocus.stream().filter(productCode::startsWith).findFirst().map(prefix -> new Reason(
                Reason.Kind.HS_FOCUS, "product " + productCode + " is in the mission's focus " + prefix));
    }

    private static java.util.Optional<Reason> budgetReason(Pair pair) {
        double fit = budgetFit(pair.interest, pair.offer);
        if (fit == 1.0) {
            return java.util.Optional.of(new Reason(Reason.Kind.BUDGET, "budget " + money(pair.interest.budget(),
                    pair.interest.currency()) + " covers the price from " + money(pair.offer.priceFrom(),
                    pair.offer.currency())));
        }
        if (fit < 0.5) {
            return java.util.Optional.of(new Reason(Reason.Kind.BUDGET, "budget " + money(pair.interest.budget(),
                    pair.interest.currency()) + " is below the price from " + money(pair.offer.priceFrom(),
                    pair.offer.currency())));
        }
        return java.util.Optional.empty();
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
