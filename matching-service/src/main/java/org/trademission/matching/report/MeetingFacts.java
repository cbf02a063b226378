package org.trademission.matching.report;

import java.util.List;
import java.util.UUID;
import org.trademission.platform.money.Money;

/** What the report needs of one scheduled meeting: each side's outcome and the follow-ups, latest first. */
public record MeetingFacts(UUID meetingId, UUID exporterId, UUID buyerId, List<Outcome> outcomes,
        List<FollowUp> followUpsLatestFirst) {

    /** @param side EXPORTER, BUYER or AGENCY */
    public record Outcome(String side, boolean attended, String nextStep, Money value) {
    }

    public record FollowUp(String stage, Money value) {
    }
}
