package org.trademission.matching.schedule.solver;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A meeting-scheduling problem, free of any framework: participants, time slots in order, and candidate meetings
 * (pairs of participants) to place, each into one slot.
 *
 * @param participants one entry per participant, indexed 0..P-1
 * @param slots        the slots in time order; consecutive slots of one day are adjacent when breaks are counted
 * @param candidates   the meetings that may be placed, most wanted first is not required (weights say it)
 * @param precedences  pairs of candidates where the first must lie in a strictly earlier slot than the second
 * @param required     every candidate must be placed (the published benchmark's rule); otherwise as many as
 *                     possible, by weight
 * @param maxBreaks    no participant may have more breaks than this (fairness); negative: no limit
 */
public record SchedulingProblem(List<Participant> participants, List<Slot> slots, List<Candidate> candidates,
        List<Precedence> precedences, boolean required, int maxBreaks) {
    public SchedulingProblem {
        participants = List.copyOf(participants);
        slots = List.copyOf(slots);
        candidates = List.copyOf(candidates);
        precedences = precedences == null ? List.of() : List.copyOf(precedences);
        for (Candidate candidate : candidates) {
            if (candidate.a() == candidate.b() || candidate.a() < 0 || candidate.b() < 0
                    || candidate.a() >= participants.size() || candidate.b() >= participants.size()) {
                throw new IllegalArgumentException("candidate with unknown or identical participants: " + candidate);
            }
        }
    }

    /**
     * @param blocked     slots the participant cannot meet in
     * @param maxMeetings most meetings for this participant; {@link Integer#MAX_VALUE} for no limit
     * @param side        0 or 1 in a two-sided event (exporters, buyers), which makes the exact bound possible;
     *                    -1 when unknown
     */
    public record Participant(BitSet blocked, int maxMeetings, int side) {
        public Participant {
            blocked = blocked == null ? new BitSet() : (BitSet) blocked.clone();
        }

        public static Participant free(int side) {
            return new Participant(new BitSet(), Integer.MAX_VALUE, side);
        }
    }

    /** @param day slots of one day are adjacent to their neighbours; a new day starts a new sequence */
    public record Slot(int day, int capacity) {
    }

    /**
     * @param weight  how much placing it is worth; tiers (accepted, pending, recommended) are far apart
     * @param allowed slots this meeting may use (null: any)
     * @param fixed   the slot it must lie in, or -1
     */
    public record Candidate(int a, int b, long weight, BitSet allowed, int fixed) {
        public Candidate {
            allowed = allowed == null ? null : (BitSet) allowed.clone();
        }

        public static Candidate of(int a, int b, long weight) {
            return new Candidate(a, b, weight, null, -1);
        }

        public boolean involves(int participant) {
            return a == participant || b == participant;
        }
    }

    public record Precedence(int before, int after) {
    }

    public int slotCount() {
        return slots.size();
    }

    /** The slots a candidate can really use: its own allowance, its fixed slot, both participants free. */
    public BitSet domain(int candidate) {
        Candidate c = candidates.get(candidate);
        BitSet domain = new BitSet(slotCount());
        if (c.fixed() >= 0) {
            if (c.fixed() < slotCount()) {
                domain.set(c.fixed());
            }
        } else if (c.allowed() != null) {
            domain.or(c.allowed());
            if (domain.length() > slotCount()) {
                domain.clear(slotCount(), domain.length());
            }
        } else {
            domain.set(0, slotCount());
        }
        domain.andNot(participants.get(c.a()).blocked());
        domain.andNot(participants.get(c.b()).blocked());
        for (int t = domain.nextSetBit(0); t >= 0; t = domain.nextSetBit(t + 1)) {
            if (slots.get(t).capacity() <= 0) {
                domain.clear(t);
            }
        }
        return domain;
    }

    public Candidate candidate(int index) {
        return Objects.requireNonNull(candidates.get(index));
    }
}
