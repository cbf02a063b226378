package org.trademission.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers a message to its {@link EventSink} until it is applied. A failure that retrying can cure (see
 * {@link EventFailures}) is retried with a backoff that doubles up to {@code platform.inbox.max-backoff}, without
 * limit: the channel pauses on that message instead of skipping it, so a database outage only delays events. A
 * failure no retry can cure is thrown as {@link UnprocessableEventException}, and the channel's dead-letter strategy
 * parks the message on {@code <topic>.dlq.<service>}.
 */
@ApplicationScoped
public class PatientDelivery {
    private static final Logger LOG = Logger.getLogger(PatientDelivery.class);

    private final MeterRegistry registry;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public PatientDelivery(MeterRegistry registry,
            @ConfigProperty(name = "platform.inbox.first-backoff", defaultValue = "PT0.2S") Duration firstBackoff,
            @ConfigProperty(name = "platform.inbox.max-backoff", defaultValue = "PT30S") Duration maxBackoff) {
        this.registry = registry;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    public void deliver(EventSink sink, String message) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                sink.accept(message);
                if (attempt > 1) {
                    LOG.infof("Channel %s applied the message after %d attempts", sink.channel(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (EventFailures.isPermanent(e)) {
                    registry.counter("inbox.dead.lettered", "channel", sink.channel()).increment();
                    LOG.warnf(e, "Channel %s cannot apply a message, dead-lettering it: %s", sink.channel(),
                            describe(e));
                    throw e instanceof UnprocessableEventException unprocessable ? unprocessable
                            : new UnprocessableEventException(describe(e), e);
                }
                registry.counter("inbox.retries", "channel", sink.channel()).increment();
                if (attempt == 1 || backoff.equals(maxBackoff)) {
                    LOG.warnf("Channel %s could not apply a message (attempt %d), retrying in %d ms: %s",
                            sink.channel(), attempt, backoff.toMillis(), describe(e));
                }
                // not Thread.sleep: an interrupt at shutdown must not turn a curable failure into a dead letter;
                // the message stays unacknowledged and is delivered again after the restart
                LockSupport.parkNanos(backoff.toNanos());
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getClass().getSimpleName() + " caused by " + root;
    }
}
