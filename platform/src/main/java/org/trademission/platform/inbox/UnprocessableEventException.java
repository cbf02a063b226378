package org.trademission.platform.inbox;

/** A message that can never be applied as it is (unreadable, invalid data): it goes to the dead-letter topic. */
public class UnprocessableEventException extends RuntimeException {
    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
