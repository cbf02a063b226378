package org.trademission.matching.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trademission.platform.money.Money;

/**
 * What a mission brought. The contract's fields first, then {@code noShows}/{@code noShowRate}, who reported
 * ({@code outcomesBySide}), the conversion {@code funnel} and {@code byBuyer}.
 */
public record MissionReport(UUID missionId, String title, int meetingsScheduled, int meetingsHeld, int leads,
        int contractsSigned, List<Money> pipelineValue, int noShows, double noShowRate, int meetingsWithoutOutcome,
        Map<String, Integer> outcomesBySide, Funnel funnel, List<Row> byExporter, List<Row> byBuyer) {

    /** requested (meeting requests ever made) → scheduled → held → lead → contract. */
    public record Funnel(int requested, int scheduled, int held, int leads, int contracts) {
    }

    public record Row(UUID id, String name, int meetingsScheduled, int meetingsHeld, int leads, int contractsSigned,
            int noShows, double noShowRate, List<Money> pipelineValue) {
        static Row of(UUID id, String name, Figures f) {
            return new Row(id, name, f.meetingsScheduled(), f.meetingsHeld(), f.leads(), f.contractsSigned(),
                    f.noShows(), f.noShowRate(), f.pipelineValue());
        }
    }
}
