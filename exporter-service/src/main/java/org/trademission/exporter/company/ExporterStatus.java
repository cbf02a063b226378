package org.trademission.exporter.company;

public enum ExporterStatus {
    PENDING_VERIFICATION, VERIFIED, SUSPENDED
}
