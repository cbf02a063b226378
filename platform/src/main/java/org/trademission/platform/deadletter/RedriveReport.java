package org.trademission.platform.deadletter;

import java.util.List;

/** What a re-drive did: messages read, applied (or found already applied), and those that failed again, with why. */
public record RedriveReport(String topic, int read, int applied, int failed, List<Failure> failures) {
    public record Failure(int partition, long offset, String error) {
    }
}
