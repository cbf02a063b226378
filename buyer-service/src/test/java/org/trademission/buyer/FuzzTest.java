package org.trademission.buyer;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.trademission.buyer.company.Api;
import org.trademission.buyer.company.BuyerJson;
import org.trademission.buyer.interest.InterestJson;
import org.trademission.platform.testing.OpenApiFuzzContract;

@QuarkusTest
class FuzzTest extends OpenApiFuzzContract {
    private final BuyerJson buyer = BuyerJson.buyer();

    @Override
    protected Map<String, String> pathValues() {
        String buyerId = Api.newBuyer(buyer.build());
        String interestId = Api.newInterest(buyerId, InterestJson.interest().build());
        return Map.of("id", buyerId, "buyerId", buyerId, "interestId", interestId, "crmId", "CRM-FUZZ-B");
    }

    @Override
    protected Map<String, Map<String, Object>> validBodies() {
        return Map.of("POST /api/v1/buyers", BuyerJson.buyer().build(),
                "PUT /api/v1/buyers/{id}", buyer.build(),
                "PATCH /api/v1/buyers/{id}", Map.of("displayName", "Plastiques du Maghreb", "city", "Casablanca"),
                "PUT /api/v1/buyers/by-crm-id/{crmId}", BuyerJson.buyer().build(),
                "POST /api/v1/buyers/{buyerId}/interests", InterestJson.interest().build(),
                "PUT /api/v1/buyers/{buyerId}/interests/{interestId}", InterestJson.interest().build(),
                "PATCH /api/v1/buyers/{buyerId}/interests/{interestId}", Map.of("description", "LDPE", "active",
                        true));
    }
}
