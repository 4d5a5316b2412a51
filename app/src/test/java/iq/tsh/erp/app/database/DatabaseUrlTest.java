package iq.tsh.erp.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsTheFormOpsUse() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://erp:s3cr%40t@db.tsh.local:5433/tsh_erp");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.tsh.local:5433/tsh_erp");
        assertThat(url.username()).isEqualTo("erp");
        assertThat(url.password()).isEqualTo("s3cr@t");
    }

    @Test
    void readsThePostgresSchemeWithoutPortAndKeepsParameters() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://erp:pw@db/tsh?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db/tsh?sslmode=require");
    }

    @Test
    void takesJdbcUrlsAsTheyAre() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db:5432/tsh?user=erp&password=pw");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/tsh?user=erp&password=pw");
        assertThat(url.username()).isNull();
    }

    @Test
    void neverShowsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://erp:topsecret@db/tsh").toString()).doesNotContain("topsecret");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db/tsh?password=topsecret").toString())
                .doesNotContain("topsecret");
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://erp:pw@db/tsh"))
                .isInstanceOf(DatabaseConfigurationException.class)
                .hasMessageContaining("'mysql'");
    }

    @Test
    void refusesAUrlWithoutHostOrDatabase() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:///tsh"))
                .isInstanceOf(DatabaseConfigurationException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://erp:pw@db:5432"))
                .isInstanceOf(DatabaseConfigurationException.class).hasMessageContaining("database");
    }
}
