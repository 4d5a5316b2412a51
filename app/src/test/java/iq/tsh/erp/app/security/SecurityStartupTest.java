package iq.tsh.erp.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Production mode (an external database) never runs with a missing or weak secret. */
class SecurityStartupTest {

    @Test
    void requiresTheJwtSecretWithAnExternalDatabase() {
        assertThatThrownBy(() -> SigningKey.of(null, false))
                .isInstanceOf(SecurityConfigurationException.class)
                .hasMessageContaining("ERP_JWT_SECRET is required");
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> SigningKey.of("too-short", true))
                .isInstanceOf(SecurityConfigurationException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void generatesAKeyForTheRunInEmbeddedMode() {
        SigningKey first = SigningKey.of("", true);
        SigningKey second = SigningKey.of("", true);

        assertThat(first.generated()).isTrue();
        assertThat(first.key().getEncoded()).hasSize(32).isNotEqualTo(second.key().getEncoded());
        assertThat(first.toString()).doesNotContain(new String(first.key().getEncoded()));
    }
}
