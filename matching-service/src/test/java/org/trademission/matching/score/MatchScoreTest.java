package org.trademission.matching.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MatchScoreTest {
    private static final Function<String, String> TITLES = code -> code.equals("39") ? "Plastics" : "Machinery";
    private static final ExporterProfile POLYETHYLENE = exporter("PE Granules", List.of("ru", "fr"),
            offer("390110", "12500.00", "EUR"));
    private static final ExporterProfile PLATES = exporter("Plates", List.of("ru", "fr"), offer("392010", null, null));
    private static final ExporterProfile LASER = exporter("Laser engraver", List.of("ru", "fr"),
            offer("845611", "30000.00", "EUR"));

    @Test
    void ranksThePolyethyleneMakerFirstAndTheLaserEngraverFarBelowForABuyerOfPolymers() {
        BuyerProfile buyer = buyer(List.of("fr", "ar"), null, demand("3901", "150000.00", "EUR"));
        List<Match> ranked = List.of(LASER, PLATES, POLYETHYLENE).stream()
                .map(e -> MatchScore.score(e, buyer, List.of("39"), TITLES))
                .sorted(Comparator.comparingDouble(Match::score).reversed()).toList();
        assertEquals(List.of("PE Granules", "Plates", "Laser engraver"),
                ranked.stream().map(m -> m.exporter().displayName()).toList());
        assertTrue(ranked.get(0).score() > 0.8, "polyethylene: " + ranked.get(0).score());
        assertTrue(ranked.get(2).score() <= 0.2, "laser: " + ranked.get(2).score());
        Reason hs = ranked.get(0).reasons().get(0);
        assertEquals(Reason.Kind.HS_MATCH, hs.kind());
        assertTrue(hs.detail().contains("3901") && hs.detail().contains("390110") && hs.detail().contains("heading")
                && hs.detail().contains("Plastics"), hs.detail());
    }

    @Test
    void followsTheHsHierarchy() {
        assertEquals(1.0, MatchScore.level("390110", "390110"));
        assertEquals(1.0, MatchScore.level("39011000", "390110"));
        assertEquals(1.0, MatchScore.level("390110", "3901109000"));
        assertEquals(0.7, MatchScore.level("3901", "390110"));
        assertEquals(0.7, MatchScore.level("390120", "390110"));
        assertEquals(0.4, MatchScore.level("39", "390110"));
        assertEquals(0.4, MatchScore.level("3920", "390110"));
        assertEquals(0.0, MatchScore.level("8456", "390110"));
    }

    @Test
    void anInterpreterNeedLowersTheScoreButDoesNotKillIt() {
        ExporterProfile russianOnly = exporter("PE", List.of("ru"), offer("390110", null, null));
        double shared = MatchScore.score(russianOnly, buyer(List.of("ru"), null, demand("3901", null, null)),
                List.of(), TITLES).score();
        double interpreter = MatchScore.score(russianOnly, buyer(List.of("ar"), "ru", demand("3901", null, null)),
                List.of(), TITLES).score();
        double none = MatchScore.score(russianOnly, buyer(List.of("ar"), null, demand("3901", null, null)),
                List.of(), TITLES).score();
        assertTrue(shared > interpreter && interpreter > none && none > 0.5, shared + " " + interpreter + " " + none);
    }

    @Test
    void prefersABudgetThatCoversThePriceAndNamesIt() {
        BuyerProfile rich = buyer(List.of("fr"), null, demand("390110", "20000.00", "EUR"));
        BuyerProfile poor = buyer(List.of("fr"), null, demand("390110", "1000.00", "EUR"));
        BuyerProfile otherCurrency = buyer(List.of("fr"), null, demand("390110", "1000.00", "MAD"));
        Match covered = MatchScore.score(POLYETHYLENE, rich, List.of(), TITLES);
        Match below = MatchScore.score(POLYETHYLENE, poor, List.of(), TITLES);
        Match unknown = MatchScore.score(POLYETHYLENE, otherCurrency, List.of(), TITLES);
        assertTrue(covered.score() > unknown.score() && unknown.score() > below.score());
        assertTrue(covered.reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.BUDGET
                && r.detail().contains("20,000.00 EUR")), covered.reasons().toString());
        assertTrue(below.reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.BUDGET
                && r.detail().contains("below")));
    }

    @Test
    void rewardsTheMissionsHsFocus() {
        BuyerProfile buyer = buyer(List.of("fr"), null, demand("3901", null, null));
        Match inFocus = MatchScore.score(POLYETHYLENE, buyer, List.of("3901"), TITLES);
        Match outOfFocus = MatchScore.score(POLYETHYLENE, buyer, List.of("84"), TITLES);
        assertEquals(0.1, inFocus.score() - outOfFocus.score(), 1e-9);
        assertTrue(inFocus.reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.HS_FOCUS));
    }

    @Test
    void staysBetweenZeroAndOne() {
        BuyerProfile buyer = buyer(List.of("fr"), null, demand("390110", "99999999.00", "EUR"));
        assertEquals(1.0, MatchScore.score(POLYETHYLENE, buyer, List.of("39"), TITLES).score());
        BuyerProfile nobody = buyer(List.of("zh"), null);
        assertEquals(0.04, MatchScore.score(LASER, nobody, List.of("39"), TITLES).score(), 1e-9);
    }

    @Test
    void valueIsTheScoreWithoutReasons() {
        BuyerProfile buyer = buyer(List.of("ar"), "ru", demand("3901", "1000.00", "EUR"), demand("84", null, null));
        for (ExporterProfile exporter : List.of(POLYETHYLENE, PLATES, LASER)) {
            assertEquals(MatchScore.score(exporter, buyer, List.of("39"), TITLES).score(),
                    MatchScore.value(exporter, buyer, List.of("39")));
        }
    }

    static ExporterProfile exporter(String name, List<String> languages, ExporterProfile.Offer... offers) {
        return new ExporterProfile(UUID.randomUUID(), name, languages, List.of(offers));
    }

    static ExporterProfile.Offer offer(String hsCode, String priceFrom, String currency) {
        return new ExporterProfile.Offer("Product " + hsCode, hsCode, priceFrom == null ? null
                : new BigDecimal(priceFrom), currency);
    }

    static BuyerProfile buyer(List<String> languages, String interpreter, BuyerProfile.Demand... demands) {
        return new BuyerProfile(UUID.randomUUID(), "Buyer", languages, interpreter, List.of(demands));
    }

    static BuyerProfile.Demand demand(String hsCode, String budget, String currency) {
        return new BuyerProfile.Demand(hsCode, "Demand " + hsCode, budget == null ? null : new BigDecimal(budget),
                currency);
    }
}
