package iq.tsh.erp.app.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import iq.tsh.erp.api.common.Causes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: the embedded PostgreSQL unless {@code DATABASE_URL} names a server. The connection is
 * tried at once, so a wrong URL or password stops start-up with one line instead of a later stack trace.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseSettings settings) {
        return settings.isEmbedded()
                ? new EmbeddedDatabaseHolder(EmbeddedDatabase.start(settings.dataDir()))
                : new EmbeddedDatabaseHolder(null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tsh-erp");
        config.setMaximumPoolSize(20);
        // While the database is away a request fails after this wait (503, the sender retries) instead of hanging.
        config.setConnectionTimeout(3_000);
        String where;
        if (embedded.database() != null) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername("postgres");
            where = "the embedded PostgreSQL";
        } else {
            DatabaseUrl url = DatabaseUrl.parse(settings.url());
            config.setJdbcUrl(url.jdbcUrl());
            config.setUsername(url.username());
            config.setPassword(url.password());
            where = url.describe();
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseConfigurationException("Cannot connect to " + where + ": " + rootMessage(e), e);
        }
        try (Connection ignored = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException e) {
            dataSource.close();
            throw new DatabaseConfigurationException("Cannot connect to " + where + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        return Causes.root(e).getMessage();
    }

    /** Keeps the embedded database a bean of its own, so it is closed after everything that uses the pool. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
