package io.motiv.messaging.outbox;

import io.motiv.messaging.MessagingConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes each batch in one Kafka transaction ({@code acks=all}, idempotent): consumers reading committed records
 * see the whole batch or none of it. Without this, a batch whose first record timed out while a later record of the
 * same key got through would be re-published after it, and the consumer would apply the two out of order.
 * Events travel in CloudEvents structured mode, with the W3C trace context of the transaction that wrote them in
 * the {@code traceparent} / {@code tracestate} headers.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

    private static final byte[] CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    private final Map<String, Object> producerConfig;
    private KafkaProducer<String, String> producer;

    public KafkaEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MessagingConfig config,
                               @ConfigProperty(name = "quarkus.application.name", defaultValue = "motiv") String application) {
        Duration deliveryTimeout = config.outbox().deliveryTimeout();
        Map<String, Object> producerConfig = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key) || key.startsWith("ssl.") || key.startsWith("sasl.")) {
                producerConfig.put(key, value);
            }
        });
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) Math.max(10_000, 2 * deliveryTimeout.toMillis()));
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        int timeoutMs = (int) deliveryTimeout.toMillis();
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeoutMs / 3));
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "motiv-outbox-relay");
        // One relay publishes at a time (an advisory lock decides), so instances need no fencing: a unique id each.
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "motiv-outbox-" + application + "-" + UUID.randomUUID());
        this.producerConfig = Map.copyOf(producerConfig);
    }

    /**
     * @throws PublishException with nothing acknowledged when the transaction did not commit; if the commit's outcome
     *                          is unknown (a timeout), the batch may be on the broker and will be published again,
     *                          whole and in order, which consumers' inboxes absorb
     */
    @Override
    public synchronized int publish(List<PendingEvent> events) {
        try {
            KafkaProducer<String, String> kafka = producer();
            kafka.beginTransaction();
            for (PendingEvent event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
                record.headers().add(new RecordHeader("content-type", CLOUDEVENTS_JSON));
                event.trace().addTo(record.headers());
                kafka.send(record);
            }
            kafka.commitTransaction();
            return events.size();
        } catch (RuntimeException e) {
            discardProducer();
            throw new PublishException(0, e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> created = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    /** After a failure the producer's transaction state is unknown; a fresh producer starts clean. */
    private void discardProducer() {
        if (producer != null) {
            try {
                producer.abortTransaction();
            } catch (RuntimeException ignored) {
                // the broker may be gone; the transaction times out on its side
            }
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
