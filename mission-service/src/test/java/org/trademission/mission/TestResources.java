package org.trademission.mission;

import io.quarkus.test.common.QuarkusTestResource;
import org.trademission.platform.testing.KafkaTestResource;

/** Every @QuarkusTest of this module runs against the JVM's one real Kafka broker. */
@QuarkusTestResource(KafkaTestResource.class)
public class TestResources {
}
