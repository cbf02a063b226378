package org.trademission.buyer.company;

import org.trademission.platform.importing.UniqueKeys;

/** The keys no two buyers share (crmId, ICE), as a chunk of an import checks them ({@link UniqueKeys}). */
final class BuyerKeys {
    static final String CRM_ID = "crmId";
    static final String ICE = "ice";

    private BuyerKeys() {
    }

    static UniqueKeys index() {
        return new UniqueKeys(CRM_ID, ICE);
    }

    static void record(UniqueKeys keys, Buyer buyer) {
        keys.record(buyer.id(), buyer.crmId(), buyer.ice());
    }
}
