package org.trademission.matching.recommendation;

import java.util.UUID;

/** What a counterpart is ordered by: its score for the participant, its name and its id. */
public record Rank(UUID id, String displayName, double score) {
}
