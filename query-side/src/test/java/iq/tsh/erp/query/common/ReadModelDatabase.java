package iq.tsh.erp.query.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One real PostgreSQL per test JVM with every Liquibase changelog of the db module applied, shared by the projection
 * tests: they start it once (about a second) and empty the read tables before each test.
 */
public final class ReadModelDatabase {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    /** Every table a projection writes; emptied between tests. */
    private static final List<String> READ_TABLES = List.of("products", "search_words", "price_lists",
            "product_prices", "customers", "invoices", "invoice_item_lines", "credit_note_item_lines",
            "sales_document_sequences", "product_sales", "reviews", "product_ratings", "promotions", "carts",
            "cart_items", "address_books", "addresses");

    private static DataSource dataSource;

    private ReadModelDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                // A small pool: a new PostgreSQL connection per transaction costs more than the statements in it.
                HikariConfig pool = new HikariConfig();
                pool.setDataSource(postgres.getPostgresDatabase());
                pool.setMaximumPoolSize(4);
                DataSource started = new HikariDataSource(pool);
                migrate(started);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
                dataSource = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataSource;
    }

    public static JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /** Transactions as Axon's units of work run them in the application: Spring's, over the DataSource. */
    public static TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
    }

    public static void emptyReadTables() {
        jdbc().execute("TRUNCATE " + String.join(", ", READ_TABLES));
    }

    private static void migrate(DataSource target) {
        try (Connection connection = target.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase(MASTER, new ClassLoaderResourceAccessor(), database).update("");
        } catch (Exception e) {
            throw new IllegalStateException("cannot apply the changelogs", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // The JVM is exiting; the temporary server goes with it.
        }
    }
}
