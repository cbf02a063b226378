package org.trademission.matching.buyer;

import io.quarkus.test.junit.QuarkusTest;
import org.trademission.platform.testing.BuyerReplicaContract;

@QuarkusTest
class BuyerEventsConsumerTest extends BuyerReplicaContract {
    @Override
    protected String consumerService() {
        return "matching-service";
    }
}
