package org.trademission.platform.inbox;

/** A message that is not a valid event envelope; retrying cannot help, it ends on the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
