package org.trademission.matching.report;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.search.Folded;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=-leads} on the rows of the report across missions (which mission led to most); without it, by start
 * date. The mission id breaks ties.
 */
final class MissionRowSort {
    static final String DESCRIPTION = " sort: e.g. -leads or -contractsSigned,startDate (fields: startDate, title, "
            + "country, status, meetingsScheduled, meetingsHeld, leads, contractsSigned, noShows); by start date "
            + "without it.";
    private static final Map<String, Comparator<MissionsReport.Row>> FIELDS = Map.of(
            "startDate", Comparator.comparing(MissionsReport.Row::startDate),
            "title", Comparator.comparing(MissionsReport.Row::title,
                    Comparator.nullsLast(Folded.ORDER)),
            "country", Comparator.comparing(MissionsReport.Row::country,
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "status", Comparator.comparing(MissionsReport.Row::status,
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "meetingsScheduled", Comparator.comparingInt(MissionsReport.Row::meetingsScheduled),
            "meetingsHeld", Comparator.comparingInt(MissionsReport.Row::meetingsHeld),
            "leads", Comparator.comparingInt(MissionsReport.Row::leads),
            "contractsSigned", Comparator.comparingInt(MissionsReport.Row::contractsSigned),
            "noShows", Comparator.comparingInt(MissionsReport.Row::noShows));

    private MissionRowSort() {
    }

    /** The requested order, parsed with the other query parameters (a bad sort is a 400 before any work). */
    static Optional<Comparator<MissionsReport.Row>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, Comparator.comparing(MissionsReport.Row::missionId));
    }
}
