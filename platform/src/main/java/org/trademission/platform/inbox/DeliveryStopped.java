package org.trademission.platform.inbox;

/** The service is stopping while a message waits for a curable failure to pass: leave it unacknowledged. */
public class DeliveryStopped extends RuntimeException {
    public DeliveryStopped(Throwable cause) {
        super("The service is stopping; the message will be delivered again after the restart", cause);
    }
}
