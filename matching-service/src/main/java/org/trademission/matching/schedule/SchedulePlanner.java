package org.trademission.matching.schedule;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.trademission.matching.schedule.solver.MeetingScheduler;
import org.trademission.matching.schedule.solver.SchedulingLimits;
import org.trademission.matching.schedule.solver.SchedulingProblem;
import org.trademission.matching.schedule.solver.SolvedSchedule;
import org.trademission.matching.score.BuyerProfile;
import org.trademission.matching.score.ExporterProfile;
import org.trademission.matching.score.MatchScore;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.event.mission.RegistrationData;

/**
 * Turns a mission (from the replicas) into a scheduling problem and the solver's answer back into meetings:
 * candidates are the accepted requests, then the pending ones, then each participant's best recommendations; each
 * tier outweighs everything below it, and within a tier priority 1 counts most. Plain Java: no framework, no JPA.
 */
public final class SchedulePlanner {
    private SchedulePlanner() {
    }

    /** A meeting request as the planner needs it; {@code status} ACCEPTED or PENDING. */
    public record Request(UUID id, UUID exporterId, UUID buyerId, String status, int priority) {
    }

    /** A meeting already published, kept in place on a rebuild when still valid. */
    public record Existing(UUID id, UUID exporterId, UUID buyerId, UUID sessionId, OffsetDateTime start,
            Integer table) {
    }

    /**
     * {@code excluded}: pairs never recommended (a request between them was declined); {@code calledOff}: pairs left
     * out altogether (one side called their meeting off and neither has asked to meet again since).
     */
    public record Input(MissionData mission, List<ExporterProfile> exporters, List<BuyerProfile> buyers,
            List<Request> requests, Set<Pair> excluded, Set<Pair> calledOff, int maxMeetings, int maxBreaks,
            int recommended, List<Existing> existing, boolean reset) {
    }

    public record Pair(UUID exporterId, UUID buyerId) {
    }

    public record PlannedMeeting(UUID exporterId, UUID buyerId, GridSlot slot, Integer table, Origin origin,
            UUID requestId, String interpreterLanguage) {
    }

    public record Plan(List<PlannedMeeting> meetings, List<Unplaced> unplaced, SolvedSchedule solved, int requested,
            int candidates) {
    }

    private record Candidate(Pair pair, Origin origin, UUID requestId, int priority, double score) {
    }

    public static Plan plan(Input input, SchedulingLimits limits) {
        MissionGrid grid = MissionGrid.of(input.mission());
        List<Candidate> candidates = candidates(input);
        Map<UUID, Integer> index = new LinkedHashMap<>();
        input.exporters().forEach(e -> index.put(e.id(), index.size()));
        input.buyers().forEach(b -> index.put(b.id(), index.size()));
        Map<UUID, RegistrationData> registrations = new HashMap<>();
        input.mission().buyers().forEach(r -> registrations.put(r.buyerId(), r));

        List<SchedulingProblem.Participant> participants = new ArrayList<>();
        for (ExporterProfile exporter : input.exporters()) {
            participants.add(new SchedulingProblem.Participant(new BitSet(), input.maxMeetings(), 0));
        }
        for (BuyerProfile buyer : input.buyers()) {
            participants.add(new SchedulingProblem.Participant(blocked(grid, registrations.get(buyer.id())),
                    input.maxMeetings(), 1));
        }
        List<SchedulingProblem.Slot> slots = new ArrayList<>();
        List<java.time.LocalDate> days = grid.slots().stream().map(GridSlot::day).distinct().sorted().toList();
        for (GridSlot slot : grid.slots()) {
            slots.add(new SchedulingProblem.Slot(days.indexOf(slot.day()),
                    (int) Math.min(slot.tables(), Math.max(1, candidates.size()))));
        }
        Map<Pair, Existing> kept = new HashMap<>();
        if (!input.reset()) {
            input.existing().forEach(e -> kept.put(new Pair(e.exporterId(), e.buyerId()), e));
        }
        long[] weights = weights(candidates);
        List<SchedulingProblem.Candidate> problemCandidates = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Existing existing = kept.get(c.pair());
            int fixed = existing == null ? -1
                    : grid.at(existing.start(), existing.sessionId()).map(GridSlot::index).orElse(-1);
            problemCandidates.add(new SchedulingProblem.Candidate(index.get(c.pair().exporterId()),
                    index.get(c.pair().buyerId()), weights[i], null, fixed));
        }
        SchedulingProblem problem = new SchedulingProblem(participants, slots, problemCandidates, List.of(), false,
                input.maxBreaks());
        // A kept meeting whose slot is no longer valid for it is released rather than lost.
        problem = releaseInvalidFixes(problem);
        SolvedSchedule solved = MeetingScheduler.solve(problem, limits);
        List<PlannedMeeting> meetings = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int t = solved.slotOf()[i];
            if (t >= 0) {
                Candidate c = candidates.get(i);
                RegistrationData registration = registrations.get(c.pair().buyerId());
                meetings.add(new PlannedMeeting(c.pair().exporterId(), c.pair().buyerId(), grid.slots().get(t), null,
                        c.origin(), c.requestId(), registration == null ? null : registration.interpreterLanguage()));
            }
        }
        meetings = Tables.assign(meetings, kept);
        int requested = (int) candidates.stream().filter(c -> c.origin() != Origin.RECOMMENDATION).count();
        return new Plan(meetings, unplaced(problem, solved, candidates, grid, input), solved, requested,
                candidates.size());
    }

    private static SchedulingProblem releaseInvalidFixes(SchedulingProblem problem) {
        List<SchedulingProblem.Candidate> candidates = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        for (int m = 0; m < problem.candidates().size(); m++) {
            SchedulingProblem.Candidate c = problem.candidate(m);
            boolean valid = c.fixed() >= 0 && !problem.domain(m).isEmpty()
                    && taken.add(((long) c.a() << 32) | c.fixed()) && taken.add(((long) c.b() << 32) | c.fixed());
            candidates.add(new SchedulingProblem.Candidate(c.a(), c.b(), c.weight(), c.allowed(),
                    valid ? c.fixed() : -1));
        }
        return new SchedulingProblem(problem.participants(), problem.slots(), candidates, problem.precedences(),
                problem.required(), problem.maxBreaks());
    }

    static List<Candidate> candidates(Input input) {
        Set<UUID> exporters = new HashSet<>();
        input.exporters().forEach(e -> exporters.add(e.id()));
        Set<UUID> buyers = new HashSet<>();
        input.buyers().forEach(b -> buyers.add(b.id()));
        Map<Pair, Candidate> chosen = new LinkedHashMap<>();
        input.requests().stream()
                .filter(r -> exporters.contains(r.exporterId()) && buyers.contains(r.buyerId()))
                .filter(r -> !input.calledOff().contains(new Pair(r.exporterId(), r.buyerId())))
                .sorted(Comparator.comparing((Request r) -> !"ACCEPTED".equals(r.status()))
                        .thenComparingInt(Request::priority).thenComparing(Request::id))
                .forEach(r -> chosen.putIfAbsent(new Pair(r.exporterId(), r.buyerId()), new Candidate(
                        new Pair(r.exporterId(), r.buyerId()),
                        "ACCEPTED".equals(r.status()) ? Origin.ACCEPTED_REQUEST : Origin.PENDING_REQUEST, r.id(),
                        r.priority(), 0)));
        if (input.recommended() > 0) {
            List<Candidate> recommendations = new ArrayList<>();
            Map<Pair, Double> scores = new HashMap<>();
            for (ExporterProfile exporter : input.exporters()) {
                for (BuyerProfile buyer : input.buyers()) {
                    double score = MatchScore.value(exporter, buyer, input.mission().hsFocus());
                    if (score > 0 && !input.calledOff().contains(new Pair(exporter.id(), buyer.id()))) {
                        scores.put(new Pair(exporter.id(), buyer.id()), score);
                    }
                }
            }
            Comparator<Map.Entry<Pair, Double>> best = Map.Entry.<Pair, Double>comparingByValue().reversed()
                    .thenComparing(e -> e.getKey().exporterId()).thenComparing(e -> e.getKey().buyerId());
            Set<Pair> picked = new HashSet<>();
            for (ExporterProfile exporter : input.exporters()) {
                scores.entrySet().stream().filter(e -> e.getKey().exporterId().equals(exporter.id()))
                        .filter(e -> !chosen.containsKey(e.getKey()) && !input.excluded().contains(e.getKey()))
                        .sorted(best).limit(input.recommended()).forEach(e -> picked.add(e.getKey()));
            }
            for (BuyerProfile buyer : input.buyers()) {
                scores.entrySet().stream().filter(e -> e.getKey().buyerId().equals(buyer.id()))
                        .filter(e -> !chosen.containsKey(e.getKey()) && !input.excluded().contains(e.getKey()))
                        .sorted(best).limit(input.recommended()).forEach(e -> picked.add(e.getKey()));
            }
            picked.stream().sorted(Comparator.comparing((Pair p) -> -scores.get(p)).thenComparing(Pair::exporterId)
                    .thenComparing(Pair::buyerId)).forEach(p -> recommendations.add(
                            new Candidate(p, Origin.RECOMMENDATION, null, 3, scores.get(p))));
            recommendations.forEach(c -> chosen.put(c.pair(), c));
        }
        return new ArrayList<>(chosen.values());
    }

    /**
     * Each tier outweighs all of the tiers below together, so that no number of recommendations displaces a pending
     * request and no number of pending requests displaces an accepted one; priority 1 weighs three times priority 3.
     */
    static long[] weights(List<Candidate> candidates) {
        long[] weights = new long[candidates.size()];
        long recommendations = 1;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).origin() == Origin.RECOMMENDATION) {
                weights[i] = 1 + Math.round(candidates.get(i).score() * 1000);
                recommendations += weights[i];
            }
        }
        long pending = 1;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).origin() == Origin.PENDING_REQUEST) {
                weights[i] = recommendations * (4 - candidates.get(i).priority());
                pending += weights[i];
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).origin() == Origin.ACCEPTED_REQUEST) {
                weights[i] = (recommendations + pending) * (4 - candidates.get(i).priority());
            }
        }
        return weights;
    }

    private static BitSet blocked(MissionGrid grid, RegistrationData registration) {
        BitSet blocked = new BitSet();
        if (registration == null) {
            return blocked;
        }
        for (GridSlot slot : grid.slots()) {
            for (PeriodData period : registration.unavailable()) {
                if (MissionGrid.overlaps(slot, period)) {
                    blocked.set(slot.index());
                }
            }
        }
        return blocked;
    }

    private static List<Unplaced> unplaced(SchedulingProblem problem, SolvedSchedule solved,
            List<Candidate> candidates, MissionGrid grid, Input input) {
        int slots = problem.slotCount();
        int[] count = new int[problem.participants().size()];
        BitSet[] busy = new BitSet[problem.participants().size()];
        for (int p = 0; p < busy.length; p++) {
            busy[p] = new BitSet();
        }
        int[] load = new int[slots];
        for (int m = 0; m < candidates.size(); m++) {
            int t = solved.slotOf()[m];
            if (t >= 0) {
                SchedulingProblem.Candidate c = problem.candidate(m);
                count[c.a()]++;
                count[c.b()]++;
                busy[c.a()].set(t);
                busy[c.b()].set(t);
                load[t]++;
            }
        }
        Map<UUID, String> names = new HashMap<>();
        input.exporters().forEach(e -> names.put(e.id(), e.displayName()));
        input.buyers().forEach(b -> names.put(b.id(), b.displayName()));
        List<Unplaced> unplaced = new ArrayList<>();
        for (int m = 0; m < candidates.size(); m++) {
            Candidate candidate = candidates.get(m);
            if (solved.slotOf()[m] >= 0 || candidate.origin() == Origin.RECOMMENDATION) {
                continue;
            }
            SchedulingProblem.Candidate c = problem.candidate(m);
            String exporter = names.get(candidate.pair().exporterId());
            String buyer = names.get(candidate.pair().buyerId());
            BitSet domain = problem.domain(m);
            String code;
            String reason;
            if (slots == 0) {
                code = "NO_SESSION";
                reason = "The mission has no B2B session with slots yet; add a session and rebuild";
            } else if (domain.isEmpty()) {
                code = "NO_COMMON_FREE_SLOT";
                reason = buyer + " is unavailable in every slot of the sessions; ask it to free a period or add a "
                        + "session";
            } else if (count[c.a()] >= problem.participants().get(c.a()).maxMeetings()
                    || count[c.b()] >= problem.participants().get(c.b()).maxMeetings()) {
                String who = count[c.a()] >= problem.participants().get(c.a()).maxMeetings() ? exporter : buyer;
                code = "PARTICIPANT_FULLY_BOOKED";
                reason = who + " already has the mission's maximum of " + input.maxMeetings() + " meetings; raise "
                        + "maxMeetingsPerParticipant or cancel one of its meetings";
            } else if (fullyBooked(domain, busy[c.a()]) || fullyBooked(domain, busy[c.b()])) {
                String who = fullyBooked(domain, busy[c.a()]) ? exporter : buyer;
                code = "PARTICIPANT_FULLY_BOOKED";
                reason = who + " is in another meeting in every slot where both are free; add a session or slots";
            } else if (everyFreeSlotFull(domain, busy[c.a()], busy[c.b()], load, problem)) {
                code = "NO_TABLE_LEFT";
                reason = "Every table is taken in each slot where both are free; add tables or a session";
            } else {
                code = "OUTRANKED";
                reason = "Both are free together only in slots their higher-priority meetings needed; raise the "
                        + "request's priority, or add slots";
            }
            unplaced.add(new Unplaced(candidate.pair().exporterId(), candidate.pair().buyerId(),
                    candidate.requestId(), candidate.origin().name(), code, reason));
        }
        return unplaced;
    }

    private static boolean fullyBooked(BitSet domain, BitSet busy) {
        BitSet free = (BitSet) domain.clone();
        free.andNot(busy);
        return free.isEmpty();
    }

    private static boolean everyFreeSlotFull(BitSet domain, BitSet a, BitSet b, int[] load,
            SchedulingProblem problem) {
        BitSet both = (BitSet) domain.clone();
        both.andNot(a);
        both.andNot(b);
        for (int t = both.nextSetBit(0); t >= 0; t = both.nextSetBit(t + 1)) {
            if (load[t] < problem.slots().get(t).capacity()) {
                return false;
            }
        }
        return true;
    }
}
