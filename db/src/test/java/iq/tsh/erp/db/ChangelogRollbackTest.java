package iq.tsh.erp.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every changeset applies on a real PostgreSQL and rolls back cleanly, so a bad release can be undone. */
class ChangelogRollbackTest {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    /** Liquibase logs every changeSet through java.util.logging; held here so the level set below is not collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        // The test run's log shows warnings only; what was applied is asserted below, not printed.
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void appliesRollsBackAndReappliesEveryChange() throws Exception {
        try (Connection connection = freshDatabase("full_rollback")) {
            liquibase(connection).update("");
            assertThat(tables(connection)).contains(
                    "domain_event_entry", "snapshot_event_entry", "token_entry", "dead_letter_entry", "products");
            int changeSets = liquibase(connection).getDatabaseChangeLog().getChangeSets().size();

            liquibase(connection).rollback(changeSets, "");
            assertThat(tables(connection)).containsOnly("databasechangelog", "databasechangeloglock");

            liquibase(connection).update("");
            assertThat(tables(connection)).contains("domain_event_entry", "products");
        }
    }

    @Test
    void rollsBackTheLatestChangeOnly() throws Exception {
        try (Connection connection = freshDatabase("latest_rollback")) {
            liquibase(connection).update("");
            List<String> applied = schema(connection);
            liquibase(connection).rollback(1, "");
            List<String> rolledBack = schema(connection);
            assertThat(rolledBack).as("the latest change undone, the rest kept")
                    .isNotEqualTo(applied).contains("products.item_id", "invoices.invoice_id");
            liquibase(connection).update("");
            assertThat(schema(connection)).isEqualTo(applied);
        }
    }

    @Test
    void storesEventPayloadsAsReadableBytes() throws Exception {
        try (Connection connection = freshDatabase("bytea_columns")) {
            liquibase(connection).update("");
            try (Statement statement = connection.createStatement();
                 ResultSet types = statement.executeQuery("""
                         select table_name, column_name, data_type from information_schema.columns
                         where column_name in ('payload', 'meta_data', 'token', 'diagnostics')
                         and table_schema = 'public' and table_name <> 'dead_letter_archive'""")) {
                int columns = 0;
                while (types.next()) {
                    columns++;
                    assertThat(types.getString("data_type"))
                            .as(types.getString("table_name") + "." + types.getString("column_name"))
                            .isEqualTo("bytea");
                }
                assertThat(columns).isEqualTo(9);
            }
        }
    }

    private static Connection freshDatabase(String name) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name).getConnection();
    }

    /** A new Liquibase each step: it caches which changesets ran, and a rollback must be seen by the next update. */
    private static Liquibase liquibase(Connection connection) throws Exception {
        Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        return new Liquibase(MASTER, new ClassLoaderResourceAccessor(), database);
    }

    /** Every column and index of the public schema, sorted: what a changeset may change. */
    private static List<String> schema(Connection connection) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("""
                     select table_name || '.' || column_name from information_schema.columns where table_schema = 'public'
                     union all select 'index ' || indexname from pg_indexes where schemaname = 'public'
                     union all select 'extension ' || extname from pg_extension
                     order by 1""")) {
            while (columns.next()) {
                schema.add(columns.getString(1));
            }
        }
        return schema;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
