package org.trademission.platform.importing;

/** What an upsert by an external key (the CRM's id, a tax id) did. */
public enum UpsertOutcome {
    CREATED, UPDATED, UNCHANGED
}
