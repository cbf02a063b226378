package org.trademission.matching.schedule;

import java.util.UUID;

/**
 * A requested meeting the schedule could not hold, with a reason a person can act on.
 *
 * @param code NO_COMMON_FREE_SLOT, PARTICIPANT_FULLY_BOOKED, NO_TABLE_LEFT, OUTRANKED, NO_SESSION
 */
public record Unplaced(UUID exporterId, UUID buyerId, UUID requestId, String origin, String code, String reason) {
}
