package io.motiv.testing.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server: the embedded binaries (zonky, PostgreSQL 18) on 127.0.0.1, or an existing server given by
 * URL. One server holds one database per service.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts embedded PostgreSQL.
     *
     * @param dataDirectory where the cluster lives; kept and reused when it exists (a restart keeps the data),
     *                      or null for a throw-away directory removed on close
     * @param port the port, or 0 for a free one
     */
    public static PostgresServer startEmbedded(Path dataDirectory, int port) {
        return startEmbedded(dataDirectory, port, Map.of());
    }

    /**
     * Starts embedded PostgreSQL with more server settings, e.g. {@code shared_preload_libraries}.
     *
     * @see #startEmbedded(Path, int)
     */
    public static PostgresServer startEmbedded(Path dataDirectory, int port, Map<String, String> serverConfig) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? FreePorts.pick() : port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
            serverConfig.forEach(builder::setServerConfig);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres embedded = builder.start();
            return new PostgresServer(embedded, "127.0.0.1", embedded.getPort(), USER, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /** An existing server, e.g. {@code postgresql://user:secret@db.local:5432}. */
    public static PostgresServer external(String url) {
        var matcher = Pattern.compile("postgres(?:ql)?://(?:([^:@/]+)(?::([^@/]*))?@)?([^:/]+)(?::(\\d+))?/?.*").matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user:password@host:port): " + url);
        }
        return new PostgresServer(null, matcher.group(3),
                matcher.group(4) == null ? 5432 : Integer.parseInt(matcher.group(4)),
                matcher.group(1) == null ? USER : matcher.group(1),
                matcher.group(2) == null ? "" : matcher.group(2));
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) {
        ensureDatabase(name, user);
    }

    /** Creates the database, owned by {@code owner}, unless it exists. */
    public void ensureDatabase(String name, String owner) {
        requireValidName(name);
        requireValidName(owner);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name + " OWNER " + owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
    }

    /** Creates a login role unless it exists (a local-only convenience: the password is set in clear). */
    public void ensureRole(String role, String rolePassword) {
        requireValidName(role);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
            if (!exists.next()) {
                statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + rolePassword.replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + role + ": " + e.getMessage(), e);
        }
    }

    /** Drops and creates the database, for a test run that starts from nothing. */
    public void recreateDatabase(String name) {
        requireValidName(name);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + name + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private static void requireValidName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ": " + name);
        }
    }
}
