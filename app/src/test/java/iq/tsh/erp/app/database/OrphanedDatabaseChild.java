package iq.tsh.erp.app.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseRecoveryTest}: starts the embedded database, writes a row, says
 * READY and waits to be killed with SIGKILL, leaving its PostgreSQL running like a crashed instance would.
 */
public final class OrphanedDatabaseChild {

    private OrphanedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (note text)");
            statement.execute("insert into survivor values ('written before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
