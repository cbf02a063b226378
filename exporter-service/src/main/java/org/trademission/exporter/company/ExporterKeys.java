package org.trademission.exporter.company;

import java.util.UUID;
import org.trademission.platform.importing.UniqueKeys;

/** The keys no two exporters share (crmId, INN, OGRN), as a chunk of an import checks them ({@link UniqueKeys}). */
final class ExporterKeys {
    static final String CRM_ID = "crmId";
    static final String INN = "inn";
    static final String OGRN = "ogrn";

    private ExporterKeys() {
    }

    static UniqueKeys index() {
        return new UniqueKeys(CRM_ID, INN, OGRN);
    }

    static void record(UniqueKeys keys, UUID id, String crmId, String inn, String ogrn) {
        keys.record(id, crmId, inn, ogrn);
    }

    static void record(UniqueKeys keys, Exporter exporter) {
        keys.record(exporter.id(), exporter.crmId(), exporter.inn(), exporter.ogrn());
    }
}
