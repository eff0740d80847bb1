package io.motiv.messaging.outbox;

import io.motiv.messaging.MessagingConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes with {@code acks=all} and an idempotent producer, so a retried send is written once and records of one
 * key keep their order. Events travel in CloudEvents structured mode.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

    private static final byte[] CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    private final Map<String, Object> producerConfig;
    private final Duration deliveryTimeout;
    private KafkaProducer<String, String> producer;

    public KafkaEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MessagingConfig config) {
        this.deliveryTimeout = config.outbox().deliveryTimeout();
        Map<String, Object> producerConfig = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key) || key.startsWith("ssl.") || key.startsWith("sasl.")) {
                producerConfig.put(key, value);
            }
        });
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        int timeoutMs = (int) deliveryTimeout.toMillis();
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeoutMs / 3));
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "motiv-outbox-relay");
        this.producerConfig = Map.copyOf(producerConfig);
    }

    @Override
    public synchronized int publish(List<PendingEvent> events) {
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        int acknowledged = 0;
        try {
            for (PendingEvent event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
                record.headers().add(new RecordHeader("content-type", CLOUDEVENTS_JSON));
                acks.add(kafka.send(record));
            }
            long deadline = System.nanoTime() + deliveryTimeout.toNanos() + TimeUnit.SECONDS.toNanos(5);
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            }
            return acknowledged;
        } catch (ExecutionException e) {
            discardProducer();
            throw new PublishException(acknowledged, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discardProducer();
            throw new PublishException(acknowledged, e);
        } catch (Exception e) {
            discardProducer();
            throw new PublishException(acknowledged, e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** After a failure the producer may hold sends in an unknown state; a fresh one starts clean. */
    private void discardProducer() {
        if (producer != null) {
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
