package org.trademission.matching.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.money.Money;

/** The agency's results across missions (e.g. a year): one row per mission and the totals. */
public record MissionsReport(LocalDate from, LocalDate to, String country, List<Row> missions, Totals totals) {

    public record Row(UUID missionId, String title, String country, LocalDate startDate, String status,
            int meetingsScheduled, int meetingsHeld, int leads, int contractsSigned, int noShows,
            List<Money> pipelineValue) {
    }

    public record Totals(int missions, int meetingsScheduled, int meetingsHeld, int leads, int contractsSigned,
            int noShows, double noShowRate, List<Money> pipelineValue) {
    }
}
