import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A CLV fit through valuation-service's API, against the running local suite (see run): N customers' purchase lines
 * written into valuation-service's purchase facts (a currency of their own, so nothing else is in the fit), then
 * fitClvModel timed from the client: reading the facts, BG/NBD + Gamma-Gamma, storing the model and N predictions.
 *
 * Usage: java -cp 'deploy/local/target/lib/*' bench/clv/ClvFitBench.java N jdbcUrl graphqlUrl analystToken
 */
public class ClvFitBench {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String currency = "X" + (char) ('A' + (int) (System.nanoTime() % 26)) + (char) ('A' + (int) (System.nanoTime() / 7 % 26));
        try (Connection valuation = DriverManager.getConnection(args[1], "motiv", "motiv")) {
            long t0 = System.nanoTime();
            // Each customer: a first purchase in 2025-H1, then 0-7 repeat purchases spread over the rest of the year
            // (a geometric-ish count from a hash, so the same N gives the same data).
            int lines = valuation.createStatement().executeUpdate("""
                    INSERT INTO purchase_fact (order_id, customer_id, amount, currency, purchased_at)
                    SELECT '%1$s-' || c || '-' || p, md5('%1$s' || c)::uuid,
                           10 + (abs(hashtext(c || '-' || p)) %% 9000) / 100.0, '%1$s',
                           timestamptz '2025-01-01' + (abs(hashtext(c::text)) %% 180) * interval '1 day'
                               + p * (abs(hashtext('gap' || c)) %% 40 + 5) * interval '1 day'
                    FROM generate_series(1, %2$d) c,
                         generate_series(0, (abs(hashtext('n' || c)) %% 8) * (abs(hashtext('m' || c)) %% 2)) p""".formatted(currency, n));
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
        System.out.printf("RESULT n=%d fit_request_seconds=%.1f%n", n, seconds);
    }
}
