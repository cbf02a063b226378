package org.trademission.matching.recommendation;

import java.util.List;
import java.util.UUID;

/**
 * The mission's exporter × buyer pairs scoring at least {@code minScore}, best first, and its coverage: the
 * participants with no counterpart above the threshold.
 */
public record MatchesView(UUID missionId, double minScore, int exporters, int buyers, List<Pair> pairs,
        List<Participant> buyersWithoutMatch, List<Participant> exportersWithoutMatch) {

    /** One pair above the threshold. */
    public record Pair(UUID exporterId, String exporterName, UUID buyerId, String buyerName, double score) {
    }

    /** A participant by id and name. */
    public record Participant(UUID id, String displayName) {
    }
}
