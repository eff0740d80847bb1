package io.motiv.valuation.support;

import io.motiv.events.EventCodec;
import io.motiv.events.EventType;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.events.segmentation.SegmentSummary;
import io.motiv.events.segmentation.SegmentationActivated;
import io.motiv.testing.GraphQl;
import io.motiv.testing.SharedInfrastructure;
import io.motiv.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Future;

/** Events and calls the valuation tests share. */
public final class ValuationFixtures {

    private static final EventCodec CODEC = new EventCodec();

    private ValuationFixtures() {
    }

    public static String analyst() {
        return TestTokens.forRoles("analyst-user", "analyst");
    }

    public static String viewer() {
        return TestTokens.forRoles("viewer-user", "viewer");
    }

    public static String partner() {
        return TestTokens.forPartner("partner-demo");
    }

    public static PurchaseRecorded purchase(String customer, String currency, LocalDate day, String amount, String campaignId) {
        return new PurchaseRecorded("o-" + UUID.randomUUID(), customer, new BigDecimal(amount), currency,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), "WEB", "books", campaignId);
    }

    /**
     * Purchases of {@code customers} customers drawn from the BG/NBD and Gamma-Gamma stories in days (r = 0.5,
     * alpha = 40 days, a = 0.8, b = 2.5; p = 6, q = 4, v = 15), first purchases spread over the 180 days from
     * {@code firstFrom}, none after {@code end}.
     */
    public static List<PurchaseRecorded> simulated(List<String> customers, String currency, LocalDate firstFrom,
                                                   LocalDate end, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PurchaseRecorded> purchases = new ArrayList<>();
        for (String customer : customers) {
            double lambda = gamma(0.5, random) / 40;
            double dropout = beta(0.8, 2.5, random);
            double nu = gamma(4, random) / 15;
            LocalDate first = firstFrom.plusDays(random.nextInt(180));
            purchases.add(purchase(customer, currency, first, money(gamma(6, random) / nu), null));
            double time = random.nextExponential() / lambda;
            boolean alive = true;
            while (alive && !first.plusDays((long) time).isAfter(end)) {
                purchases.add(purchase(customer, currency, first.plusDays((long) time), money(gamma(6, random) / nu), null));
                alive = random.nextDouble() >= dropout;
                time += random.nextExponential() / lambda;
            }
        }
        return purchases;
    }

    public static List<String> newCustomers(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    public static void sendPurchases(List<PurchaseRecorded> purchases) {
        send(Topics.PURCHASE_EVENTS, purchases.stream().map(p -> new Keyed(p.customerId(),
                CODEC.write(CODEC.wrap(EventTypes.PURCHASE_RECORDED, "/motiv/profile-service", p.customerId(), p)))).toList());
    }

    public static void sendActivation(String segmentationId, String runId, Map<String, String> labelsBySegment) {
        List<SegmentSummary> segments = new ArrayList<>();
        labelsBySegment.forEach((id, label) -> segments.add(new SegmentSummary(id, label, 0, 0)));
        SegmentationActivated activated = new SegmentationActivated(segmentationId, runId, segments, Instant.now());
        send(Topics.SEGMENTATION_EVENTS, List.of(new Keyed(segmentationId, event(EventTypes.SEGMENTATION_ACTIVATED,
                "/motiv/segmentation-service", segmentationId, activated))));
    }

    public static void sendAssignments(String segmentationId, String runId, Instant assignedAt, Map<String, String> segmentByCustomer) {
        List<Keyed> records = new ArrayList<>();
        segmentByCustomer.forEach((customer, segment) -> records.add(new Keyed(customer, event(EventTypes.CUSTOMER_SEGMENT_ASSIGNED,
                "/motiv/segmentation-service", customer, new CustomerSegmentAssigned(customer, segmentationId, runId,
                        segment, "label-" + segment.substring(0, 4), null, assignedAt)))));
        send(Topics.SEGMENTATION_EVENTS, records);
    }

    public static void sendErasure(String customer) {
        send(Topics.CUSTOMER_EVENTS, List.of(new Keyed(customer, event(EventTypes.CUSTOMER_ERASED, "/motiv/profile-service",
                customer, new CustomerErased(customer, Instant.now())))));
    }

    public static <T> String event(EventType<T> type, String source, String subject, T payload) {
        return CODEC.write(CODEC.wrap(type, source, subject, payload));
    }

    public static ValidatableResponse fit(String token, String calibrationEnd, String currency) {
        Map<String, Object> input = new HashMap<>();
        input.put("calibrationEnd", calibrationEnd);
        input.put("currency", currency);
        input.put("timeUnit", "WEEKS");
        input.put("horizonMonths", 12);
        input.put("monthlyDiscountRate", 0.01);
        return fit(token, input);
    }

    public static ValidatableResponse fit(String token, Map<String, Object> input) {
        return GraphQl.post(token, """
                mutation Fit($input: FitClvModelInput!) {
                  fitClvModel(input: $input) {
                    id status statusReason customers repeatCustomers excludedCustomers flags currency timeUnit
                    purchaseModel { parameters { r alpha a b } standardErrors { r alpha a b } logLikelihood converged }
                    spendModel { parameters { p q v } standardErrors { p q v } logLikelihood converged customers }
                  }
                }""", Map.of("input", input));
    }

    record Keyed(String key, String value) {
    }

    /** One producer, all records in flight at once, each acknowledged before returning. */
    static void send(String topic, List<Keyed> records) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                "bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers(), "acks", "all", "linger.ms", "5"),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (Keyed keyed : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, keyed.key(), keyed.value());
                record.headers().add(new RecordHeader("content-type",
                        "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic + ": " + e.getMessage(), e);
        }
    }

    private static String money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01")).toPlainString();
    }

    private static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double normal = random.nextGaussian();
            double v = 1 + c * normal;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * normal * normal + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double beta(double a, double b, SplittableRandom random) {
        double x = gamma(a, random);
        return x / (x + gamma(b, random));
    }
}
