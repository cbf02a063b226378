package org.trademission.mission.exporter;

import io.quarkus.test.junit.QuarkusTest;
import org.trademission.platform.testing.ExporterReplicaContract;

@QuarkusTest
class ExporterEventsConsumerTest extends ExporterReplicaContract {
    @Override
    protected String consumerService() {
        return "mission-service";
    }
}
