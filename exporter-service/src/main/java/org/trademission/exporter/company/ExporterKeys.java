package org.trademission.exporter.company;

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

    static void record(UniqueKeys keys, Exporter exporter) {
        keys.record(exporter.id(), exporter.crmId(), exporter.inn(), exporter.ogrn());
    }
}
