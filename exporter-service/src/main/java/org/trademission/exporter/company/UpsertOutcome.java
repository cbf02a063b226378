package org.trademission.exporter.company;

/** What an upsert did. */
public enum UpsertOutcome {
    CREATED, UPDATED, UNCHANGED
}
