import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Tagging benchmark: N customers in profile-service's database, N CustomerSegmentAssigned events on
 * segmentation-events, and the time until every tag is visible in profile-service (segment_tag rows).
 * The reference of bench/run tagging: profile-service's consumer alone, without segmentation-service and its outbox.
 *
 * args: N JDBC_URL KAFKA_BOOTSTRAP
 */
public class TaggingBench {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String jdbc = args[1];
        String kafka = args[2];
        String segmentation = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = DriverManager.getConnection(jdbc, "motiv", "motiv")) {
            long inserting = System.nanoTime();
            db.createStatement().execute("""
                    INSERT INTO customer (id, kind, external_source, external_ref, created_at, updated_at, version)
                    SELECT gen_random_uuid(), 'PERSON', 'bench', '%s-' || g, now(), now(), 0 FROM generate_series(1, %d) g
                    """.formatted(segmentation, n));
            System.out.printf("inserted %,d customers in %.1f s%n", n, (System.nanoTime() - inserting) / 1e9);

            long producing = System.nanoTime();
            Instant at = Instant.now();
            int sent = 0;
            try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", kafka, "acks", "1",
                    "linger.ms", 20, "batch.size", 262144, "compression.type", "lz4"), new StringSerializer(), new StringSerializer());
                 ResultSet ids = db.createStatement().executeQuery(
                         "SELECT id FROM customer WHERE external_ref LIKE '" + segmentation + "-%'")) {
                while (ids.next()) {
                    String customer = ids.getString(1);
                    String segment = "segment-" + (sent % 6);
                    String event = """
                            {"specversion":"1.0","id":"%s","source":"/motiv/bench","type":"io.motiv.segmentation.CustomerSegmentAssigned.v1","time":"%s","subject":"%s","datacontenttype":"application/json","data":{"customerId":"%s","segmentationId":"%s","runId":"run-1","segmentId":"%s","segmentLabel":"Bench %s","distance":0.5,"assignedAt":"%s"}}"""
                            .formatted(UUID.randomUUID(), at, customer, customer, segmentation, segment, segment, at);
                    producer.send(new ProducerRecord<>("segmentation-events", customer, event));
                    sent++;
                }
                producer.flush();
            }
            double produced = (System.nanoTime() - producing) / 1e9;
            System.out.printf("produced %,d events in %.1f s%n", sent, produced);

            long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
            int tagged = 0;
            while (tagged < sent && System.nanoTime() < deadline) {
                Thread.sleep(2000);
                try (ResultSet count = db.createStatement().executeQuery(
                        "SELECT count(*) FROM segment_tag WHERE segmentation_id = '" + segmentation + "'")) {
                    count.next();
                    tagged = count.getInt(1);
                }
                System.out.printf("  %5.0f s  %,d tagged%n", (System.nanoTime() - producing) / 1e9, tagged);
            }
            double total = (System.nanoTime() - producing) / 1e9;
            System.out.printf("RESULT n=%d tagged=%d seconds_from_first_event=%.1f events_per_second=%.0f%n",
                    n, tagged, total, tagged / total);
        }
    }
}
