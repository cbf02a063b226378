package org.trademission.matching.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.money.Money;

class ReportCalculatorTest {
    private static final UUID E1 = UUID.randomUUID();
    private static final UUID E2 = UUID.randomUUID();
    private static final UUID B1 = UUID.randomUUID();
    private static final UUID B2 = UUID.randomUUID();

    @Test
    void countsHeldLeadsContractsAndPipelinePerCurrencyAsComputedByHand() {
        List<MeetingFacts> meetings = List.of(
                // held, lead with the exporter's estimate 85,000 EUR (the buyer's 40,000 EUR is not added)
                meeting(E1, B1, List.of(outcome("EXPORTER", true, "SAMPLES", "85000.00", "EUR"),
                        outcome("BUYER", true, "FOLLOW_UP", "40000.00", "EUR")), List.of()),
                // held, contract signed by follow-up, value from the latest follow-up: 12,000 USD
                meeting(E1, B2, List.of(outcome("BUYER", true, "QUOTE", "9000.00", "USD")),
                        List.of(new MeetingFacts.FollowUp("CONTRACT_SIGNED", Money.of("12000.00", "USD")),
                                new MeetingFacts.FollowUp("QUOTE_SENT", Money.of("10000.00", "USD")))),
                // the exporter says held, the agency says not: the agency decides, a no-show
                meeting(E2, B1, List.of(outcome("EXPORTER", true, "NONE", null, null),
                        outcome("AGENCY", false, "NONE", null, null)), List.of()),
                // lead, then lost: counted as a lead, no value
                meeting(E2, B2, List.of(outcome("AGENCY", true, "QUOTE", "5000.00", "EUR")),
                        List.of(new MeetingFacts.FollowUp("LOST", null))),
                // no outcome yet
                meeting(E2, B1, List.of(), List.of()));
        Figures figures = ReportCalculator.figures(meetings);
        assertEquals(5, figures.meetingsScheduled());
        assertEquals(3, figures.meetingsHeld());
        assertEquals(1, figures.noShows());
        assertEquals(4, figures.withOutcome());
        assertEquals(3, figures.leads());
        assertEquals(1, figures.contractsSigned());
        assertEquals(List.of(Money.of("85000.00", "EUR"), Money.of("12000.00", "USD")), figures.pipelineValue());
        assertEquals(0.25, figures.noShowRate());

        Map<UUID, Figures> byExporter = ReportCalculator.by(meetings, MeetingFacts::exporterId);
        assertEquals(2, byExporter.get(E1).meetingsHeld());
        assertEquals(1, byExporter.get(E1).contractsSigned());
        assertEquals(3, byExporter.get(E2).meetingsScheduled());
        assertEquals(List.of(), byExporter.get(E2).pipelineValue());
    }

    @Test
    void anEmptyMissionHasZerosAndNoPipeline() {
        Figures figures = ReportCalculator.figures(List.of());
        assertEquals(0, figures.meetingsScheduled());
        assertEquals(0.0, figures.noShowRate());
        assertEquals(List.of(), figures.pipelineValue());
    }

    @Test
    void neutralisesCellsASpreadsheetWouldReadAsFormulas() {
        assertEquals("'=HYPERLINK(\"http://x\")", ReportCsv.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+7 495", ReportCsv.text("+7 495"));
        assertEquals("'-1", ReportCsv.text("-1"));
        assertEquals("'@SUM(A1)", ReportCsv.text("@SUM(A1)"));
        assertEquals("Plastiques du Maghreb", ReportCsv.text("Plastiques du Maghreb"));
    }

    private static MeetingFacts meeting(UUID exporter, UUID buyer, List<MeetingFacts.Outcome> outcomes,
            List<MeetingFacts.FollowUp> followUps) {
        return new MeetingFacts(UUID.randomUUID(), exporter, buyer, outcomes, followUps);
    }

    private static MeetingFacts.Outcome outcome(String side, boolean attended, String nextStep, String amount,
            String currency) {
        return new MeetingFacts.Outcome(side, attended, nextStep, amount == null ? null : Money.of(amount, currency));
    }
}
