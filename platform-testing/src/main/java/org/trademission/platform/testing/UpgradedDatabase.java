package org.trademission.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A scratch database upgraded as a deployed service's is: migrated up to an older version, given rows the way the
 * build of that version wrote them, then migrated to the newest version. It holds the service's migrations (platform's
 * and its own, Java ones too) and nothing else: H2 in memory, or a schema of its own in TEST_DATASOURCE_URL's
 * PostgreSQL when the suite runs there, dropped on {@link #close()}.
 */
public final class UpgradedDatabase implements AutoCloseable {
    private static final String[] LOCATIONS = {"classpath:db/platform", "classpath:db/migration"};

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Connection connection;

    private UpgradedDatabase(String url, String user, String password, String schema) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.connection = DriverManager.getConnection(url, user, password);
    }

    /** A new scratch database migrated up to and including {@code version} (e.g. "2026.11.29.1701"). */
    public static UpgradedDatabase at(String version) throws SQLException {
        String configured = System.getenv("TEST_DATASOURCE_URL");
        UpgradedDatabase database;
        if (configured != null && configured.startsWith("jdbc:postgresql:")) {
            String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
            database = new UpgradedDatabase(configured, System.getenv("TEST_DATASOURCE_USERNAME"),
                    System.getenv().getOrDefault("TEST_DATASOURCE_PASSWORD", ""), schema);
        } else {
            database = new UpgradedDatabase("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "",
                    null);
        }
        database.flyway().target(version).load().migrate();
        if (database.schema != null) {
            try (Statement statement = database.connection.createStatement()) {
                statement.execute("set search_path to " + database.schema);
            }
        }
        return database;
    }

    /** Runs every migration after the version this database was made at. */
    public void upgrade() {
        flyway().load().migrate();
    }

    public void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.executeUpdate();
        }
    }

    /** The first column of each row {@code sql} selects, as text. */
    public List<String> texts(String sql, Object... parameters) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    /** The first column of the one row {@code sql} selects, as text. */
    public String text(String sql, Object... parameters) throws SQLException {
        List<String> texts = texts(sql, parameters);
        if (texts.size() != 1) {
            throw new AssertionError("expected one row, got " + texts.size() + ": " + sql);
        }
        return texts.get(0);
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private FluentConfiguration flyway() {
        var configuration = Flyway.configure().dataSource(url, user, password).locations(LOCATIONS);
        return schema == null ? configuration : configuration.schemas(schema).defaultSchema(schema);
    }

    @Override
    public void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(schema == null ? "shutdown" : "drop schema " + schema + " cascade");
        } finally {
            connection.close();
        }
    }
}
