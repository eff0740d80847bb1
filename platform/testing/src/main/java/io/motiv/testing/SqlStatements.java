package io.motiv.testing;

import io.motiv.testing.infra.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Counts the SQL statements the server executed for one database, from PostgreSQL's {@code pg_stat_statements}
 * (loaded by the test server, {@link #SERVER_CONFIG}): every statement a client sent, prepared or not, counted by the
 * server when it ran, so a resolver that goes back to one query per object shows up as N more. Transaction control
 * ({@code BEGIN}, {@code COMMIT}, ...) and the messaging machinery's own statements (the outbox relay's poll of
 * {@code motiv_outbox} and its advisory lock, the inbox) are left out: they run on their own schedule, not per request.
 * The counter's own queries run in the {@code postgres} database and are not counted either.
 */
public final class SqlStatements {

    /** What the shared test server loads so that statements can be counted. */
    public static final Map<String, String> SERVER_CONFIG = Map.of(
            "shared_preload_libraries", "pg_stat_statements",
            // Distinct statements of a whole test JVM (every service database) stay below this, so none is evicted.
            "pg_stat_statements.max", "20000");

    private static final String COUNT = """
            SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            WHERE d.datname = ?
              AND s.query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|START|SAVEPOINT|RELEASE|SET|SHOW|DISCARD|DEALLOCATE)\\M'
              AND s.query !~* '(motiv_outbox|motiv_inbox|pg_try_advisory)'
              AND s.query !~* ?""";
    /** A pattern no statement matches: nothing left out beyond the defaults. */
    public static final String NOTHING = "$^";

    private SqlStatements() {
    }

    /** Statements executed so far for {@code database} (e.g. {@code profile_test}). */
    public static long executed(String database) {
        return executed(database, NOTHING);
    }

    /**
     * Statements executed so far for {@code database}, leaving out those matching {@code background} (a regular
     * expression, case-insensitive), e.g. a service's own poller.
     */
    public static long executed(String database, String background) {
        PostgresServer server = SharedInfrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                count.setString(1, database);
                count.setString(2, background);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count statements (is pg_stat_statements in shared_preload_libraries"
                    + " of the test server? " + SharedInfrastructure.PG_URL_VARIABLE + " servers need it too): "
                    + e.getMessage(), e);
        }
    }

    /** How many statements {@code work} made the server execute for {@code database}. */
    public static long during(String database, Runnable work) {
        return during(database, NOTHING, work);
    }

    /**
     * The statements of {@code work} asked for 1 and then for 100 entities (after a warm-up with 1: prepared
     * statements, sessions), as {@code {one, hundred}}: equal when every field is resolved in batches.
     */
    public static long[] forOneAndHundred(String database, String background, IntConsumer work) {
        work.accept(1);
        long one = during(database, background, () -> work.accept(1));
        long hundred = during(database, background, () -> work.accept(100));
        return new long[] {one, hundred};
    }

    /** How many statements {@code work} made the server execute for {@code database}, {@code background} left out. */
    public static long during(String database, String background, Runnable work) {
        long before = executed(database, background);
        work.run();
        return executed(database, background) - before;
    }
}
