package org.trademission.platform.testing;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.jboss.logging.Logger;

/**
 * One real Apache Kafka broker (KRaft, combined broker and controller) per test JVM, started on first use and
 * stopped when the JVM exits. Every test class and Quarkus test profile in the JVM shares it.
 */
public final class KafkaBroker {
    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static KafkaClusterTestKit cluster;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stop, "kafka-test-broker-stop"));
        }
        return cluster.bootstrapServers();
    }

    private static KafkaClusterTestKit start() {
        // An in-process broker must never end the test JVM: Kafka's fatal paths call Exit.exit/halt, which would
        // make Surefire report a crashed fork even when every test passed.
        Exit.setExitProcedure((code, message) -> LOG.warnf("Test Kafka broker asked to exit(%d): %s", code, message));
        Exit.setHaltProcedure((code, message) -> LOG.warnf("Test Kafka broker asked to halt(%d): %s", code, message));
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("The test Kafka broker did not start", e);
        }
    }

    /** Closes the broker at JVM exit, bounded so that a slow shutdown cannot hang or fail the test run. */
    private static synchronized void stop() {
        if (cluster == null) {
            return;
        }
        KafkaClusterTestKit closing = cluster;
        cluster = null;
        Thread closer = new Thread(() -> {
            try {
                closing.close();
            } catch (Throwable e) {
                LOG.debugf("Test Kafka broker closed with %s", e);
            }
        }, "kafka-test-broker-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
