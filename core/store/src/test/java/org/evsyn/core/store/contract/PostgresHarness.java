package org.evsyn.core.store.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreLocation;
import org.evsyn.core.store.StoreLocation.PostgresDatabase;
import org.evsyn.core.store.jdbc.JdbcEvidenceStoreFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Stores on a real PostgreSQL server for tests: the server named by the environment variable
 * {@value #ENV} (a locator such as {@code postgresql://evsyn@127.0.0.1:54329/postgres}, whose role may create
 * databases), one fresh database per store name, all dropped by {@link #close()}. Without the variable a test that
 * asks for a harness is skipped, saying why. Shared through the store's test-jar so engine and cli tests run against
 * PostgreSQL too.
 */
public final class PostgresHarness implements StoreHarness, AutoCloseable {

    /** The environment variable naming the test server. */
    public static final String ENV = "EVSYN_TEST_POSTGRES";

    private final PostgresDatabase server;
    private final String prefix = "evsyn_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
    private final Map<String, PostgresDatabase> databases = new LinkedHashMap<>();

    private PostgresHarness(PostgresDatabase server) {
        this.server = server;
    }

    /**
     * A harness on the test server; skips the calling test (a JUnit assumption) when {@value #ENV} is unset.
     */
    public static PostgresHarness create() {
        String locator = System.getenv(ENV);
        Assumptions.assumeTrue(locator != null && !locator.isBlank(), ENV + " is not set: the PostgreSQL tests need "
                + "a server (e.g. postgresql://evsyn@127.0.0.1:5432/postgres; .ci/run starts one)");
        return new PostgresHarness(StoreLocation.postgres(locator, "postgres",
                Optional.ofNullable(System.getenv("PGPASSWORD"))));
    }

    /** The location of store {@code name}: a database of its own, created empty on first use. */
    public PostgresDatabase location(String name) {
        return databases.computeIfAbsent(name, n -> {
            String database = prefix + n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            database = database.length() > 63 ? database.substring(0, 63) : database;
            admin("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
            return server.withDatabase(database);
        });
    }

    @Override
    public EvidenceStore open(String name) {
        return open(name, Clock.systemUTC());
    }

    @Override
    public EvidenceStore open(String name, Clock clock) {
        return new JdbcEvidenceStoreFactory(clock).open(location(name), OpenOptions.forWriting());
    }

    @Override
    public String rows(String name, String... excludedTables) {
        StringBuilder sb = new StringBuilder();
        for (String table : query(name, "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                + "current_schema() ORDER BY tablename")) {
            if (List.of(excludedTables).contains(table)) {
                continue;
            }
            try (Connection c = connect(location(name)); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    sb.append(table);
                    for (int i = 1; i <= columns; i++) {
                        sb.append('|').append(rs.getString(i));
                    }
                    sb.append('\n');
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }

    @Override
    public List<String> query(String name, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(location(name)); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Drops every database this harness created (closing what still connects to them). */
    @Override
    public void close() {
        for (PostgresDatabase database : databases.values()) {
            drop(database.database());
        }
        databases.clear();
    }

    /**
     * Drops one database. FORCE ends the test's own sessions, but refuses while a session of another role is on it
     * (an autovacuum worker after a large write): that one ends by itself, so the drop is tried again for a while.
     */
    private void drop(String database) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                boolean otherRole = e.getCause() instanceof SQLException sql && "42501".equals(sql.getSQLState());
                if (!otherRole || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dropping test database " + database, e);
            }
        }
    }

    private void admin(String sql) {
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test server " + server.describe() + ": " + e.getMessage(), e);
        }
    }

    /** A plain JDBC connection to a database of the test server. */
    public static Connection connect(PostgresDatabase database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        database.password().ifPresent(p -> properties.setProperty("password", p));
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }
}
