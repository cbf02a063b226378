package org.trademission.matching.recommendation;

import java.util.List;
import java.util.UUID;
import org.trademission.matching.score.Reason;

/** A counterpart ranked for a participant: its id and name, the score (0..1) and the reasons. */
public record Recommendation(UUID id, String displayName, double score, List<Reason> reasons) {
}
