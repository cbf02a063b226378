package org.trademission.matching.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What the score knows of an exporter: its languages and products. */
public record ExporterProfile(UUID id, String displayName, List<String> languages, List<Offer> products) {

    /** A product: its HS code and, when known, its lowest price in a currency. */
    public record Offer(String name, String hsCode, BigDecimal priceFrom, String currency) {
    }
}
