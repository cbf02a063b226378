package org.trademission.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.buyer.BuyerData;
import org.trademission.platform.event.buyer.InterestData;
import org.trademission.platform.event.buyer.ProgrammeData;
import org.trademission.platform.measure.Quantity;
import org.trademission.platform.money.Money;

/** Builds {@code buyers.v1} events as buyer-service publishes them, for consumers' tests. */
public final class BuyerEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private BuyerEvents() {
    }

    public static EventEnvelope event(UUID buyerId, long sequence, String type, String displayName, boolean enrolled,
            List<InterestData> interests) {
        BuyerData data = new BuyerData(buyerId, displayName + " SARL", displayName, "MA", "Casablanca",
                "001525432000021", List.of("fr", "ar"), "MEDIUM",
                new ProgrammeData(enrolled, enrolled ? LocalDate.of(2026, 11, 1) : null), interests, null, null);
        return new EventEnvelope(UUID.randomUUID(), type, "buyer-service", buyerId,
                OffsetDateTime.now(ZoneOffset.UTC), sequence, MAPPER.valueToTree(data));
    }

    public static EventEnvelope event(UUID buyerId, long sequence, String type, String displayName) {
        return event(buyerId, sequence, type, displayName, false, List.of());
    }

    /** An active interest in {@code hsCode}: 120 t for 150,000.00 EUR, needed by mid-2027. */
    public static InterestData interest(String hsCode) {
        return new InterestData(UUID.randomUUID(), hsCode, "Demand for " + hsCode,
                new Quantity(new java.math.BigDecimal("120"), "t"), Money.of("150000.00", "EUR"),
                LocalDate.of(2027, 6, 30));
    }
}
