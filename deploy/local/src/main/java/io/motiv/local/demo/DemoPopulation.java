package io.motiv.local.demo;

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

/**
 * A synthetic population from a few latent value archetypes. Everything is drawn from one seeded generator, so the same
 * seed and size give the same customers, answers and purchases (dated relative to {@code today}).
 *
 * <p>Values: each archetype is a centred Schwartz profile (deviations from the person's own mean, in scale points);
 * a person adds a small deviation of their own per value and an overall acquiescence shift, each item adds noise.
 * About 3% of the answers are straight-lined (one rating for every item). Purchases: a buy-till-you-die process
 * (Pareto/NBD): a first purchase when the customer joins (within the last three years), then purchases at a personal
 * Poisson rate until an exponential dropout; both rates are gamma-distributed around the archetype's means.
 */
final class DemoPopulation {
    static final String SOURCE = "demo";
    static final String[] VALUES = {"SELFDIRECTION", "STIMULATION", "HEDONISM", "ACHIEVEMENT", "POWER", "SECURITY",
        "CONFORMITY", "TRADITION", "BENEVOLENCE", "UNIVERSALISM"};

    /**
     * A latent archetype: a centred value profile peaking at one angle of Schwartz's circle (the order of
     * {@link #VALUES}, 36 degrees apart), falling off as a cosine, so the opposite values are the least important; the
     * five peaks are 72 degrees apart. Plus its share of the population, demographics and purchase process.
     */
    enum Archetype {
        //          peak angle  share  age  female income buys/yr dropouts/yr order value
        INDEPENDENTS(0, 0.22, 33, 0.50, 3, 4.0, 0.50, 65),   // self-direction, universalism, stimulation
        HEDONISTS(72, 0.18, 27, 0.48, 1, 6.0, 0.90, 50),     // hedonism, stimulation, achievement
        ACHIEVERS(144, 0.20, 38, 0.40, 4, 3.0, 0.60, 180),   // power, achievement, security
        GUARDIANS(216, 0.20, 58, 0.50, 2, 2.5, 0.15, 75),    // conformity, security, tradition
        CARERS(288, 0.20, 46, 0.62, 2, 4.0, 0.20, 55);       // benevolence, tradition, universalism

        static final double AMPLITUDE = 1.6; // scale points
        final double[] profile = new double[VALUES.length];
        final double share;
        final int meanAge;
        final double female;
        final int incomeIndex;
        final double purchasesPerYear, dropoutPerYear, orderValue;

        Archetype(int peakDegrees, double share, int meanAge, double female, int incomeIndex, double purchasesPerYear,
                  double dropoutPerYear, double orderValue) {
            for (int v = 0; v < VALUES.length; v++) {
                profile[v] = AMPLITUDE * Math.cos(Math.toRadians(36 * v - peakDegrees));
            }
            this.share = share;
            this.meanAge = meanAge;
            this.female = female;
            this.incomeIndex = incomeIndex;
            this.purchasesPerYear = purchasesPerYear;
            this.dropoutPerYear = dropoutPerYear;
            this.orderValue = orderValue;
        }
    }

    /** Which consents a customer gives: both (most), only one of them, or none recorded. */
    enum Consents {
        BOTH(0.85), SURVEY_ONLY(0.06), PROFILING_ONLY(0.05), NONE(0.04);
        final double share;

        Consents(double share) {
            this.share = share;
        }
    }

    record Purchase(LocalDate day, BigDecimal amount, String channel, String category) {
    }

    record Member(int index, String ref, Archetype archetype, Consents consents, boolean answers, boolean straightLiner,
                  double[] values, Map<String, Object> person, Map<String, Object> location, List<Purchase> purchases) {
        boolean grantsProfiling() {
            return consents == Consents.BOTH || consents == Consents.PROFILING_ONLY;
        }

        boolean grantsSurvey() {
            return consents == Consents.BOTH || consents == Consents.SURVEY_ONLY;
        }
    }

    private static final String[] INCOME = {"LOW", "LOWER_MIDDLE", "MIDDLE", "UPPER_MIDDLE", "HIGH"};
    private static final String[][] CITIES = {{"DE", "Berlin", "10115"}, {"DE", "Hamburg", "20095"}, {"DE", "München", "80331"},
        {"DE", "Köln", "50667"}, {"DE", "Leipzig", "04109"}, {"AT", "Wien", "1010"}, {"CH", "Zürich", "8001"}};
    private static final String[] CHANNELS = {"WEB", "STORE", "MOBILE_APP"};
    private static final String[] CATEGORIES = {"books", "outdoor", "home", "fashion", "electronics", "food"};

    final long seed;
    final LocalDate today;
    final List<Member> members = new ArrayList<>();
    private final Random random;

    DemoPopulation(int size, long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
        this.random = new Random(seed);
        for (int i = 0; i < size; i++) {
            members.add(member(i));
        }
    }

    private Member member(int index) {
        Archetype archetype = pick(Archetype.values(), a -> a.share);
        Consents consents = pick(Consents.values(), c -> c.share);
        boolean answers = random.nextDouble() < 0.95;
        boolean straightLiner = random.nextDouble() < 0.03;
        double[] values = new double[VALUES.length];
        for (int v = 0; v < values.length; v++) {
            values[v] = archetype.profile[v] + 0.35 * random.nextGaussian();
        }
        int age = (int) Math.max(18, Math.min(88, Math.round(archetype.meanAge + 9 * random.nextGaussian())));
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        double genderDraw = random.nextDouble();
        String gender = genderDraw < 0.02 ? "DIVERSE" : genderDraw < 0.04 ? "UNDISCLOSED"
                : random.nextDouble() < archetype.female ? "FEMALE" : "MALE";
        int income = Math.max(0, Math.min(4, archetype.incomeIndex + (int) Math.round(random.nextGaussian())));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "Demo Customer " + index);
        person.put("email", "demo-" + index + "@example.org");
        person.put("birthDate", birth.toString());
        person.put("gender", gender);
        person.put("incomeBand", INCOME[income]);
        person.put("householdSize", 1 + (age > 30 ? random.nextInt(4) : random.nextInt(2)));
        String[] city = CITIES[random.nextInt(CITIES.length)];
        Map<String, Object> location = Map.of("country", city[0], "city", city[1], "postalCode", city[2]);
        return new Member(index, SOURCE + "-" + seed + "-" + index, archetype, consents, answers, straightLiner, values,
                person, location, purchases(archetype));
    }

    /** Pareto/NBD: join within the last 3 years, buy at rate lambda until an exponential dropout at rate mu. */
    private List<Purchase> purchases(Archetype a) {
        double lambda = gamma(3.0, a.purchasesPerYear / 3.0) / 365.0; // per day
        double mu = gamma(2.0, a.dropoutPerYear / 2.0) / 365.0;
        int joinedDaysAgo = 1 + random.nextInt(3 * 365);
        double alive = -Math.log(1 - random.nextDouble()) / mu;
        double end = Math.min(joinedDaysAgo - 1, alive); // days after joining, up to yesterday
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        String category = CATEGORIES[(a.ordinal() + random.nextInt(2)) % CATEGORIES.length];
        List<Purchase> purchases = new ArrayList<>();
        double t = 0;
        while (t <= end && purchases.size() < 60) {
            double amount = a.orderValue * Math.exp(0.4 * random.nextGaussian() - 0.08);
            purchases.add(new Purchase(today.minusDays(joinedDaysAgo - (long) t),
                    BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP), channel, category));
            t += -Math.log(1 - random.nextDouble()) / lambda;
        }
        return purchases;
    }

    private double gamma(double shape, double scale) { // Marsaglia-Tsang, shape >= 1
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian(), v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }

    private <T> T pick(T[] options, java.util.function.ToDoubleFunction<T> weight) {
        double draw = random.nextDouble(), sum = 0;
        for (T option : options) {
            sum += weight.applyAsDouble(option);
            if (draw < sum) {
                return option;
            }
        }
        return options[options.length - 1];
    }

    Map<String, Object> registration(Member m) {
        return Map.of("externalRef", Map.of("source", SOURCE, "ref", m.ref()), "kind", "PERSON", "person", m.person(),
                "location", m.location());
    }

    List<Map<String, Object>> purchaseLines(Member m) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < m.purchases().size(); i++) {
            Purchase p = m.purchases().get(i);
            lines.add(Map.of("orderId", SOURCE + ":" + m.ref() + "-" + i, "customer", Map.of("source", SOURCE, "ref", m.ref()),
                    "amount", p.amount(), "currency", "EUR", "purchasedAt", p.day().atTime(12, 0).toInstant(ZoneOffset.UTC).toString(),
                    "channel", p.channel(), "category", p.category()));
        }
        return lines;
    }

    /**
     * The answers to the instrument (items and scale as the API gives them). The ratings come from a second generator
     * seeded by the member, so they do not depend on the order of the instrument's items or on other members.
     */
    Map<String, Object> response(Member m, String surveyId, JsonNode instrument, Instant now) {
        Random noise = new Random(seed * 1_000_003L + m.index());
        int min = instrument.path("scale").path("min").asInt();
        int max = instrument.path("scale").path("max").asInt();
        boolean minIsLikeMe = instrument.path("scale").path("minMeansVeryMuchLikeMe").asBoolean(false);
        double middle = (min + max) / 2.0;
        double acquiescence = 0.4 * noise.nextGaussian();
        int straight = min + noise.nextInt(max - min + 1);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : instrument.path("items")) {
            String dimension = item.path("dimension").asText().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            int v = java.util.Arrays.asList(VALUES).indexOf(dimension);
            double deviation = v < 0 ? 0 : m.values()[v];
            int likeMe = (int) Math.round(middle + deviation + acquiescence + 0.6 * noise.nextGaussian());
            likeMe = Math.max(min, Math.min(max, likeMe));
            int rating = item.path("reverseCoded").asBoolean(false) ? max + min - likeMe : likeMe;
            if (minIsLikeMe) {
                rating = max + min - rating;
            }
            answers.add(Map.of("item", item.path("code").asText(), "rating", m.straightLiner() ? straight : rating));
        }
        Instant completed = now.minusSeconds(60 + noise.nextInt(30 * 24 * 3600));
        return Map.of("surveyId", surveyId, "customer", Map.of("source", SOURCE, "ref", m.ref()), "answers", answers,
                "startedAt", completed.minusSeconds(240 + noise.nextInt(600)).toString(), "completedAt", completed.toString(),
                "clientResponseId", m.ref() + "-values");
    }
}
