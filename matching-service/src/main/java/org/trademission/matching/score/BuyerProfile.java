package org.trademission.matching.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the score knows of a buyer in a mission: its languages, the language it needs an interpreter into (or null),
 * and its active sourcing interests.
 */
public record BuyerProfile(UUID id, String displayName, List<String> languages, String interpreterLanguage,
        List<Demand> interests) {

    /** A sourcing interest: an HS prefix and, when known, a budget in a currency. */
    public record Demand(String hsCode, String description, BigDecimal budget, String currency) {
    }
}
