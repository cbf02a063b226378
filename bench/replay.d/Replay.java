import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * bench/replay's driver: publishes EVENTS exporter events (half registrations, half verifications of the same
 * exporters, as exporter-service writes them) to TOPIC while a mission-service consumes it, waits until the last event
 * of every partition is visible in the replica, then asks the service to rebuild the replica from the topic.
 * Run by bench/replay with the broker's jars on the class path.
 */
public class Replay {
    public static void main(String[] args) throws Exception {
        String topic = args[0];
        int events = Integer.parseInt(args[1]);
        String service = args[2];
        String token = args[3];
        HttpClient http = HttpClient.newHttpClient();

        Properties config = new Properties();
        config.put("bootstrap.servers", "127.0.0.1:9092");
        config.put("acks", "all");
        config.put("linger.ms", 5);
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        Map<Integer, UUID> lastPerPartition = new HashMap<>();
        long started;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.partitionsFor(topic); // the topic exists before the clock starts
            List<UUID> exporters = new ArrayList<>();
            for (int i = 0; i < events / 2; i++) {
                exporters.add(UUID.randomUUID());
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>(events);
            List<UUID> subjects = new ArrayList<>(events);
            started = System.nanoTime();
            for (int sequence = 1; sequence <= 2; sequence++) {
                for (int i = 0; i < exporters.size(); i++) {
                    UUID id = exporters.get(i);
                    sent.add(producer.send(new ProducerRecord<>(topic, id.toString(), event(id, i, sequence))));
                    subjects.add(id);
                }
            }
            for (int i = 0; i < sent.size(); i++) {
                lastPerPartition.put(sent.get(i).get().partition(), subjects.get(i));
            }
        }
        double publishedMs = (System.nanoTime() - started) / 1e6;
        for (UUID last : lastPerPartition.values()) {
            while (!verified(http, service, token, last)) {
                Thread.sleep(20);
            }
        }
        double consumedMs = (System.nanoTime() - started) / 1e6;
        System.out.printf("channel: %d events published in %.0f ms, all applied after %.0f ms: %.0f events/s%n",
                events, publishedMs, consumedMs, events / consumedMs * 1000);

        HttpResponse<String> rebuilt = http.send(HttpRequest.newBuilder(URI.create(service
                + "/api/v1/admin/replicas/rebuild")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("rebuild: " + rebuilt.body());
    }

    private static boolean verified(HttpClient http, String service, String token, UUID exporter) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service
                + "/api/v1/replicas/exporters/" + exporter)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("VERIFIED");
    }

    private static String event(UUID id, int n, int sequence) {
        String status = sequence == 1 ? "PENDING_VERIFICATION" : "VERIFIED";
        String type = sequence == 1 ? "ExporterRegistered" : "ExporterVerified";
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"source\":\"exporter-service\","
                + "\"subject\":\"" + id + "\",\"time\":\"" + Instant.now() + "\",\"sequence\":" + sequence
                + ",\"data\":{\"id\":\"" + id + "\",\"legalName\":\"ООО Реплей " + n + "\",\"displayName\":\"Replay "
                + n + "\",\"inn\":\"7707083893\",\"city\":\"Москва\",\"languages\":[\"ru\",\"en\"],\"status\":\""
                + status + "\",\"hsCodes\":[\"8456\"],\"products\":[],\"productId\":null,\"crmId\":null,"
                + "\"certifications\":[]}}";
    }
}
