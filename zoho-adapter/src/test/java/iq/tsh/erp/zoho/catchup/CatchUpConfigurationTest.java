package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import iq.tsh.erp.zoho.webhook.DeliveryIntake;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class CatchUpConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CatchUpConfiguration.class)
            .withBean(DeliveryIntake.class, () -> mock(DeliveryIntake.class))
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class));

    @Test
    void noJobWithoutZohoCredentials() {
        context.withPropertyValues("erp.zoho.api.client-id=", "erp.zoho.api.client-secret=",
                        "erp.zoho.api.refresh-token=", "erp.zoho.api.organization-id=600")
                .run(started -> assertThat(started).doesNotHaveBean(CatchUpJob.class));
    }

    @Test
    void noJobWhenOneCredentialIsMissing() {
        context.withPropertyValues("erp.zoho.api.client-id=id", "erp.zoho.api.client-secret=secret")
                .run(started -> assertThat(started).doesNotHaveBean(CatchUpJob.class));
    }

    @Test
    void noJobWhenSwitchedOff() {
        context.withPropertyValues("erp.zoho.api.client-id=id", "erp.zoho.api.client-secret=secret",
                        "erp.zoho.api.refresh-token=refresh", "erp.zoho.api.enabled=false")
                .run(started -> assertThat(started).doesNotHaveBean(CatchUpJob.class));
    }

    @Test
    void jobWithCredentialsAndDefaults() {
        context.withPropertyValues("erp.zoho.api.client-id=id", "erp.zoho.api.client-secret=secret",
                        "erp.zoho.api.refresh-token=refresh")
                .run(started -> {
                    assertThat(started).hasSingleBean(CatchUpJob.class);
                    ZohoApiSettings settings = started.getBean(ZohoApiSettings.class);
                    assertThat(settings.accountsUrl()).isEqualTo(URI.create("https://accounts.zoho.com"));
                    assertThat(settings.apiUrl()).isEqualTo(URI.create("https://www.zohoapis.com/inventory/v1"));
                    assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(settings.pageSize()).isEqualTo(200);
                    assertThat(settings.minRequestInterval()).isEqualTo(Duration.ofMillis(700));
                    assertThat(settings.firstRunLookback()).isEqualTo(Duration.ofDays(1));
                });
    }

    @Test
    void refusesAPageSizeAboveZohosLimit() {
        context.withPropertyValues("erp.zoho.api.client-id=id", "erp.zoho.api.client-secret=secret",
                        "erp.zoho.api.refresh-token=refresh", "erp.zoho.api.page-size=500")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("page-size must be between 1 and 200"));
    }
}
