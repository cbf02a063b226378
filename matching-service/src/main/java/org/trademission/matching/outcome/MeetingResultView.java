package org.trademission.matching.outcome;

import java.util.List;
import org.trademission.matching.schedule.MeetingView;

/** A meeting with what it led to: each side's outcome, the follow-ups (latest first) and the pipeline stage. */
public record MeetingResultView(MeetingView meeting, List<OutcomeView> outcomes, List<FollowUpView> followUps,
        Stage pipelineStage) {
}
