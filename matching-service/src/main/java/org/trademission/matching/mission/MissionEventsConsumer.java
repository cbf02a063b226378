package org.trademission.matching.mission;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.trademission.matching.request.MeetingRequestService;
import org.trademission.matching.schedule.MeetingsFollowMission;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.replica.ReplicaConsumer;

/**
 * Keeps {@link MissionReplica} in step with {@code missions.v1}, the scheduled meetings in step with the mission
 * (moot ones cancelled, displaced ones re-seated) and cancels the meeting requests its new state makes moot (a
 * withdrawn or rejected exporter, a cancelled buyer, a cancelled mission), in one transaction.
 */
@ApplicationScoped
public class MissionEventsConsumer extends ReplicaConsumer<MissionData> {
    static final String CONSUMER = "matching-service.missions";

    @Inject
    MeetingRequestService requests;

    @Inject
    MeetingsFollowMission meetings;

    public MissionEventsConsumer() {
        super(CONSUMER, "missions", MissionData.class);
    }

    @Incoming("missions")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return deliver(batch);
    }

    @Override
    protected Class<?> replicaType() {
        return MissionReplica.class;
    }

    @Override
    protected void apply(EventEnvelope event, MissionData data) {
        upsert(MissionReplica.class, event.subject(), MissionReplica::new, replica -> replica.apply(event, data));
        meetings.follow(data, event.time());
        requests.cancelMoot(data, event.time());
    }
}
