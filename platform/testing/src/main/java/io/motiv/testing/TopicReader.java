package io.motiv.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads what services published to a topic of the shared broker, from the beginning. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Waits up to {@code timeout} until {@code expected} matching records arrived, then keeps reading for
     * {@code settle} more, so a test can also see records that should not be there (a duplicate).
     */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> matching,
                                                            int expected, Duration timeout, Duration settle) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers(),
                "group.id", "topic-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "enable.auto.commit", "false",
                "isolation.level", "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long settleDeadline = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleDeadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
                if (found.size() >= expected && settleDeadline == Long.MAX_VALUE) {
                    settleDeadline = System.nanoTime() + settle.toNanos();
                }
            }
        }
        return found;
    }
}
