package io.motiv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A small synthetic population in three clear value archetypes (20 customers each), with purchases that differ by
 * archetype: enough for a k range to find k = 3, for a CLV fit and for a segment valuation, small enough to load in
 * seconds. Deterministic (fixed seed) apart from the run's unique external references and today's date.
 */
final class Population {
    enum Archetype {
        // high values, low values, order amount range, orders per year range
        CARING(Set.of("UNIVERSALISM", "BENEVOLENCE", "SELFDIRECTION"), Set.of("POWER", "ACHIEVEMENT", "TRADITION"), 20, 45, 6, 10),
        ACHIEVING(Set.of("POWER", "ACHIEVEMENT", "HEDONISM", "STIMULATION"), Set.of("UNIVERSALISM", "BENEVOLENCE", "TRADITION", "CONFORMITY"), 150, 300, 3, 6),
        TRADITIONAL(Set.of("SECURITY", "CONFORMITY", "TRADITION"), Set.of("STIMULATION", "SELFDIRECTION", "HEDONISM"), 60, 90, 2, 4);

        final Set<String> high;
        final Set<String> low;
        final int minAmount, maxAmount, minOrders, maxOrders;

        Archetype(Set<String> high, Set<String> low, int minAmount, int maxAmount, int minOrders, int maxOrders) {
            this.high = high;
            this.low = low;
            this.minAmount = minAmount;
            this.maxAmount = maxAmount;
            this.minOrders = minOrders;
            this.maxOrders = maxOrders;
        }
    }

    record Member(int index, Archetype archetype, String ref) {
    }

    static final int PER_ARCHETYPE = 20;
    static final String SOURCE = "e2e";

    final String runTag;
    final List<Member> members = new ArrayList<>();
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Random random = new Random(20261123L);

    Population(String runTag) {
        this.runTag = runTag;
        int index = 0;
        for (int i = 0; i < PER_ARCHETYPE; i++) {
            for (Archetype archetype : Archetype.values()) {
                members.add(new Member(index, archetype, runTag + "-" + index));
                index++;
            }
        }
    }

    int size() {
        return members.size();
    }

    /** registerCustomers input: persons with personal fields, so the privacy checks have something to hide. */
    Map<String, Object> registration(Member member) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "E2E Person " + member.index());
        person.put("email", "e2e-" + member.ref() + "@example.org");
        person.put("birthDate", LocalDate.of(1960 + member.index() % 40, 1 + member.index() % 12, 1 + member.index() % 28).toString());
        Map<String, Object> location = Map.of("country", "DE", "city", "Berlin", "postalCode", "10115");
        return Map.of("externalRef", Map.of("source", SOURCE, "ref", member.ref()), "kind", "PERSON",
                "person", person, "location", location);
    }

    /** Purchase lines of one customer over the last year (at least two orders, so everyone repeats). */
    List<Map<String, Object>> purchases(Member member, String customerId) {
        Archetype a = member.archetype();
        int orders = a.minOrders + random.nextInt(a.maxOrders - a.minOrders + 1);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int o = 0; o < orders; o++) {
            LocalDate day = today.minusDays(2 + random.nextInt(360));
            BigDecimal amount = BigDecimal.valueOf(a.minAmount + random.nextDouble() * (a.maxAmount - a.minAmount))
                    .setScale(2, RoundingMode.HALF_UP);
            lines.add(Map.of("orderId", SOURCE + ":" + member.ref() + "-" + o, "customer", Map.of("id", customerId),
                    "amount", amount, "currency", "EUR", "purchasedAt", day.atTime(12, 0).toInstant(ZoneOffset.UTC).toString(),
                    "channel", "WEB", "category", a.name().toLowerCase(Locale.ROOT)));
        }
        return lines;
    }

    /** Answers to the instrument (its items and scale from the API): high, low or middling ratings by archetype. */
    Map<String, Object> response(Member member, String surveyId, JsonNode instrument) {
        int min = instrument.path("scale").path("min").asInt();
        int max = instrument.path("scale").path("max").asInt();
        boolean minIsLikeMe = instrument.path("scale").path("minMeansVeryMuchLikeMe").asBoolean(false);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : instrument.path("items")) {
            String dimension = item.path("dimension").asText().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            int likeMe; // on a scale where max = very much like me
            if (member.archetype().high.contains(dimension)) {
                likeMe = max - random.nextInt(2);
            } else if (member.archetype().low.contains(dimension)) {
                likeMe = min + random.nextInt(2);
            } else {
                likeMe = (min + max) / 2 + random.nextInt(2);
            }
            int rating = item.path("reverseCoded").asBoolean(false) ? max + min - likeMe : likeMe;
            if (minIsLikeMe) {
                rating = max + min - rating;
            }
            answers.add(Map.of("item", item.path("code").asText(), "rating", rating));
        }
        Instant completed = Instant.now().minusSeconds(300);
        return Map.of("surveyId", surveyId, "customer", Map.of("source", SOURCE, "ref", member.ref()),
                "answers", answers, "startedAt", completed.minusSeconds(420).toString(), "completedAt", completed.toString(),
                "clientResponseId", member.ref() + "-values");
    }
}
