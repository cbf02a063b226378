package org.trademission.matching.schedule.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The most meetings any schedule could place, and a selection that reaches it when nothing else binds.
 *
 * <p>In a two-sided event each meeting joins one participant of each side. Drop every candidate without a common
 * free slot and give each participant the capacity min(its maximum, its free slots); the largest set of candidates
 * that respects those capacities and the room's total capacity is a maximum flow (source → side 0 → side 1 → sink,
 * the source's edge capped by the room). Every schedule is such a set, so the flow is a proven upper bound. Without
 * blocked slots and with equal tables per slot it is also reached: a bipartite graph of maximum degree ≤ T has a
 * proper edge colouring with T colours (König), which can be balanced to ≤ L edges per colour (de Werra).
 *
 * <p>When sides are unknown (the published benchmark's graphs are not bipartite), the bound falls back to the
 * weaker min(candidates with a slot, room capacity, half the sum of participants' capacities).
 */
public final class FlowBound {
    private final int bound;
    private final BitSet selected;

    private FlowBound(int bound, BitSet selected) {
        this.bound = bound;
        this.selected = selected;
    }

    public int bound() {
        return bound;
    }

    /** Candidates of a maximum flow (empty when the graph is not two-sided). */
    public BitSet selected() {
        return (BitSet) selected.clone();
    }

    public static FlowBound of(SchedulingProblem problem) {
        int participants = problem.participants().size();
        long roomCapacity = 0;
        for (SchedulingProblem.Slot slot : problem.slots()) {
            roomCapacity += Math.max(0, slot.capacity());
        }
        int[] capacity = new int[participants];
        for (int p = 0; p < participants; p++) {
            SchedulingProblem.Participant participant = problem.participants().get(p);
            BitSet free = new BitSet(problem.slotCount());
            free.set(0, problem.slotCount());
            free.andNot(participant.blocked());
            capacity[p] = Math.min(participant.maxMeetings(), free.cardinality());
        }
        List<Integer> usable = new ArrayList<>();
        boolean twoSided = true;
        for (int m = 0; m < problem.candidates().size(); m++) {
            if (!problem.domain(m).isEmpty()) {
                usable.add(m);
                SchedulingProblem.Candidate c = problem.candidate(m);
                int sa = problem.participants().get(c.a()).side();
                int sb = problem.participants().get(c.b()).side();
                twoSided &= sa >= 0 && sb >= 0 && sa != sb;
            }
        }
        if (!twoSided) {
            long degreeSum = 0;
            int[] degree = new int[participants];
            for (int m : usable) {
                degree[problem.candidate(m).a()]++;
                degree[problem.candidate(m).b()]++;
            }
            for (int p = 0; p < participants; p++) {
                degreeSum += Math.min(degree[p], capacity[p]);
            }
            long bound = Math.min(Math.min(usable.size(), roomCapacity), degreeSum / 2);
            return new FlowBound((int) bound, new BitSet());
        }
        Network network = new Network(participants + 3);
        int superSource = participants;
        int source = participants + 1;
        int sink = participants + 2;
        network.add(superSource, source, (int) Math.min(Integer.MAX_VALUE, roomCapacity));
        for (int p = 0; p < participants; p++) {
            if (problem.participants().get(p).side() == 0) {
                network.add(source, p, capacity[p]);
            } else {
                network.add(p, sink, capacity[p]);
            }
        }
        int[] edgeOf = new int[problem.candidates().size()];
        Arrays.fill(edgeOf, -1);
        // Candidates in weight order, so that the first augmenting paths prefer the most wanted meetings.
        usable.sort((x, y) -> Long.compare(problem.candidate(y).weight(), problem.candidate(x).weight()));
        for (int m : usable) {
            SchedulingProblem.Candidate c = problem.candidate(m);
            boolean aFirst = problem.participants().get(c.a()).side() == 0;
            edgeOf[m] = network.add(aFirst ? c.a() : c.b(), aFirst ? c.b() : c.a(), 1);
        }
        int flow = network.maxFlow(superSource, sink);
        BitSet selected = new BitSet();
        for (int m : usable) {
            if (network.flowOn(edgeOf[m]) > 0) {
                selected.set(m);
            }
        }
        return new FlowBound(flow, selected);
    }

    /** Dinic's maximum flow on an adjacency-array graph. */
    private static final class Network {
        private final int nodes;
        private int[] head;
        private int[] next = new int[16];
        private int[] to = new int[16];
        private int[] cap = new int[16];
        private int[] original = new int[16];
        private int edges;
        private int[] level;
        private int[] iterator;

        Network(int nodes) {
            this.nodes = nodes;
            head = new int[nodes];
            Arrays.fill(head, -1);
        }

        int add(int from, int target, int capacity) {
            int id = edges;
            push(from, target, capacity);
            push(target, from, 0);
            return id;
        }

        private void push(int from, int target, int capacity) {
            if (edges == to.length) {
                int size = edges * 2;
                next = Arrays.copyOf(next, size);
                to = Arrays.copyOf(to, size);
                cap = Arrays.copyOf(cap, size);
                original = Arrays.copyOf(original, size);
            }
            to[edges] = target;
            cap[edges] = capacity;
            original[edges] = capacity;
            next[edges] = head[from];
            head[from] = edges++;
        }

        int flowOn(int edge) {
            return original[edge] - cap[edge];
        }

        int maxFlow(int source, int sink) {
            int flow = 0;
            level = new int[nodes];
            iterator = new int[nodes];
            while (levels(source, sink)) {
                System.arraycopy(head, 0, iterator, 0, nodes);
                int pushed;
                while ((pushed = augment(source, sink, Integer.MAX_VALUE)) > 0) {
                    flow += pushed;
                }
            }
            return flow;
        }

        private boolean levels(int source, int sink) {
            Arrays.fill(level, -1);
            int[] queue = new int[nodes];
            int first = 0;
            int last = 0;
            queue[last++] = source;
            level[source] = 0;
            while (first < last) {
                int node = queue[first++];
                for (int e = head[node]; e >= 0; e = next[e]) {
                    if (cap[e] > 0 && level[to[e]] < 0) {
                        level[to[e]] = level[node] + 1;
                        queue[last++] = to[e];
                    }
                }
            }
            return level[sink] >= 0;
        }

        // Iterative depth-first search would be needed for very deep graphs; ours are four levels deep.
        private int augment(int node, int sink, int limit) {
            if (node == sink) {
                return limit;
            }
            for (; iterator[node] >= 0; iterator[node] = next[iterator[node]]) {
                int e = iterator[node];
                if (cap[e] > 0 && level[to[e]] == level[node] + 1) {
                    int pushed = augment(to[e], sink, Math.min(limit, cap[e]));
                    if (pushed > 0) {
                        cap[e] -= pushed;
                        cap[e ^ 1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }
}
