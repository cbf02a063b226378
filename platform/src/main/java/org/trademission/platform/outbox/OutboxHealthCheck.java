package org.trademission.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when the outbox is stuck: an event has waited longer than {@code platform.outbox.stuck-after} and the
 * relay has not completed a round in that time either (Kafka down for long, or the relay failing on every round).
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
    private final OutboxStore store;
    private final OutboxRelay relay;
    private final Duration stuckAfter;

    public OutboxHealthCheck(OutboxStore store, OutboxRelay relay,
            @ConfigProperty(name = "platform.outbox.stuck-after", defaultValue = "PT2M") Duration stuckAfter) {
        this.store = store;
        this.relay = relay;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        Instant lastSuccess = relay.lastSuccess();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("outbox")
                .withData("lastSuccessfulRound", lastSuccess.toString());
        Optional<OffsetDateTime> oldest;
        try {
            oldest = store.oldestUnsent();
        } catch (RuntimeException e) {
            return answer.down().withData("error", "outbox unreadable: " + e.getClass().getSimpleName()).build();
        }
        oldest.ifPresent(at -> answer.withData("oldestUnsent", at.toString()));
        boolean stuck = oldest.isPresent() && oldest.get().toInstant().plus(stuckAfter).isBefore(now)
                && lastSuccess.plus(stuckAfter).isBefore(now);
        return answer.status(!stuck).build();
    }
}
