package org.trademission.matching.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.trademission.platform.money.Money;

/**
 * The mission report's arithmetic, in plain Java (docs/matching.md, "The report"):
 * <ul>
 * <li>held: the agency's outcome decides when there is one; otherwise a meeting is held when a side says it took
 * place, and a no-show when every side that answered says it did not;</li>
 * <li>lead: some side's nextStep is not NONE; contract signed: some side says CONTRACT_SIGNED, or the pipeline stage
 * is CONTRACT_SIGNED;</li>
 * <li>value of a lead: the latest follow-up's value, else the agency's estimate, else the exporter's, else the
 * buyer's — one per meeting, never two sides added; a LOST meeting counts nothing; summed per currency.</li>
 * </ul>
 */
public final class ReportCalculator {
    private static final List<String> ESTIMATE_ORDER = List.of("AGENCY", "EXPORTER", "BUYER");

    private ReportCalculator() {
    }

    public static Figures figures(Collection<MeetingFacts> meetings) {
        int held = 0;
        int noShows = 0;
        int withOutcome = 0;
        int leads = 0;
        int contracts = 0;
        Map<String, BigDecimal> value = new TreeMap<>();
        for (MeetingFacts meeting : meetings) {
            Optional<Boolean> attended = held(meeting);
            if (attended.isPresent()) {
                withOutcome++;
                if (attended.get()) {
                    held++;
                } else {
                    noShows++;
                }
            }
            boolean lead = meeting.outcomes().stream().anyMatch(o -> !"NONE".equals(o.nextStep()));
            boolean contract = meeting.outcomes().stream().anyMatch(o -> "CONTRACT_SIGNED".equals(o.nextStep()))
                    || stage(meeting).map("CONTRACT_SIGNED"::equals).orElse(false);
            if (lead || contract) {
                leads++;
            }
            if (contract) {
                contracts++;
            }
            if ((lead || contract) && !stage(meeting).map("LOST"::equals).orElse(false)) {
                value(meeting).ifPresent(money -> value.merge(money.currency(), money.amount(), BigDecimal::add));
            }
        }
        List<Money> pipeline = new ArrayList<>();
        value.forEach((currency, amount) -> pipeline.add(new Money(amount, currency)));
        return new Figures(meetings.size(), held, noShows, withOutcome, leads, contracts, pipeline);
    }

    /** Figures per key (exporter or buyer), in the order of first appearance. */
    public static Map<UUID, Figures> by(Collection<MeetingFacts> meetings, Function<MeetingFacts, UUID> key) {
        Map<UUID, List<MeetingFacts>> groups = new LinkedHashMap<>();
        meetings.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
        Map<UUID, Figures> figures = new LinkedHashMap<>();
        groups.forEach((id, group) -> figures.put(id, figures(group)));
        return figures;
    }

    static Optional<Boolean> held(MeetingFacts meeting) {
        Optional<MeetingFacts.Outcome> agency = meeting.outcomes().stream().filter(o -> "AGENCY".equals(o.side()))
                .findFirst();
        if (agency.isPresent()) {
            return Optional.of(agency.get().attended());
        }
        if (meeting.outcomes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(meeting.outcomes().stream().anyMatch(MeetingFacts.Outcome::attended));
    }

    static Optional<String> stage(MeetingFacts meeting) {
        return meeting.followUpsLatestFirst().stream().findFirst().map(MeetingFacts.FollowUp::stage);
    }

    static Optional<Money> value(MeetingFacts meeting) {
        Optional<Money> followUp = meeting.followUpsLatestFirst().stream().map(MeetingFacts.FollowUp::value)
                .filter(v -> v != null).findFirst();
        if (followUp.isPresent()) {
            return followUp;
        }
        for (String side : ESTIMATE_ORDER) {
            Optional<Money> estimate = meeting.outcomes().stream().filter(o -> side.equals(o.side()))
                    .map(MeetingFacts.Outcome::value).filter(v -> v != null).findFirst();
            if (estimate.isPresent()) {
                return estimate;
            }
        }
        return Optional.empty();
    }
}
