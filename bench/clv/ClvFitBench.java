import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A CLV fit through valuation-service's API, against the running local suite (bench/run clv): N customers' purchase lines
 * written into valuation-service's purchase facts (a currency of their own, so nothing else is in the fit), then
 * fitClvModel timed from the client: reading the facts, BG/NBD + Gamma-Gamma, storing the model and N predictions.
 *
 * Usage: java -cp 'deploy/local/target/lib/*' bench/clv/ClvFitBench.java N jdbcUrl graphqlUrl analystToken
 */
public class ClvFitBench {

    /**
     * Customers from the BG/NBD and Gamma-Gamma processes with CDNOW-like parameters (Fader, Hardie &amp; Lee 2005:
     * r 0.24, alpha 4.41, a 0.79, b 2.43, weeks; spend p 6.25, q 3.74, v 15.44), first purchases spread over 2025-H1,
     * observed until 2025-12-31, so the fit has the structure it models.
     */
    static int simulate(Connection connection, int n, String currency) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        Instant origin = Instant.parse("2025-01-01T00:00:00Z");
        Instant end = Instant.parse("2025-12-31T00:00:00Z");
        int lines = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO purchase_fact (order_id, customer_id, amount, currency, purchased_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int c = 0; c < n; c++) {
                UUID customer = UUID.nameUUIDFromBytes((currency + c).getBytes());
                double lambda = gamma(random, 0.24) / 4.41;            // purchases per week
                double p = beta(random, 0.79, 2.43);                    // dropout after each purchase
                double meanSpend = 6.25 / (gamma(random, 3.74) / 15.44); // Gamma-Gamma: nu ~ Gamma(q, v), spend ~ Gamma(p, nu)
                double week = random.nextDouble() * 26;
                double horizon = (end.getEpochSecond() - origin.getEpochSecond()) / 604_800.0;
                int purchase = 0;
                while (week < horizon) {
                    double amount = Math.max(0.01, gamma(random, 6.25) * meanSpend / 6.25);
                    insert.setString(1, currency + "-" + c + "-" + purchase++);
                    insert.setObject(2, customer);
                    insert.setBigDecimal(3, java.math.BigDecimal.valueOf(Math.round(amount * 100) / 100.0));
                    insert.setString(4, currency);
                    insert.setTimestamp(5, java.sql.Timestamp.from(origin.plusSeconds((long) (week * 604_800))));
                    insert.addBatch();
                    if (++lines % 10_000 == 0) {
                        insert.executeBatch();
                    }
                    if (random.nextDouble() < p || lambda <= 0) {
                        break;
                    }
                    week += -Math.log(1 - random.nextDouble()) / lambda;
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return lines;
    }

    /** Marsaglia &amp; Tsang (2000), with the shape &lt; 1 boost. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x, v;
            do {
                double u1 = 1 - random.nextDouble(), u2 = random.nextDouble();
                x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a);
        return x / (x + gamma(random, b));
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String currency = "X" + (char) ('A' + (int) (System.nanoTime() % 26)) + (char) ('A' + (int) (System.nanoTime() / 7 % 26));
        // a currency of its own keeps earlier runs' lines out of this fit
        int lines;
        try (Connection valuation = DriverManager.getConnection(args[1], "motiv", "motiv")) {
            long t0 = System.nanoTime();
            lines = simulate(valuation, n, currency);
            System.out.printf("wrote %,d purchase lines for %,d customers (currency %s) in %.1f s%n", lines, n, currency,
                    (System.nanoTime() - t0) / 1e9);
        }
        long fitting = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(args[2]))
                .header("Authorization", "Bearer " + args[3]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"mutation { fitClvModel(input: {calibrationEnd: \\\"2025-12-31\\\", timeUnit: WEEKS, currency: \\\""
                        + currency + "\\\"}) { id status customers repeatCustomers fitMillis } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - fitting) / 1e9;
        System.out.println(response.body());
        java.util.regex.Matcher fit = java.util.regex.Pattern.compile("\"fitMillis\":(\\d+)").matcher(response.body());
        System.out.printf(java.util.Locale.ROOT, "RESULT n=%d lines=%d fit_request_seconds=%.2f fit_seconds=%s%n", n, lines, seconds,
                fit.find() ? String.format(java.util.Locale.ROOT, "%.2f", Long.parseLong(fit.group(1)) / 1000.0) : "n/a");
    }
}
