package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ZohoApiSettingsTest {

    @Test
    void toStringShowsNoSecret() {
        ZohoApiSettings settings = TestSettings.pointingAt(URI.create("http://localhost"), 200, Duration.ZERO);

        assertThat(settings.toString())
                .doesNotContain(TestSettings.CLIENT_SECRET)
                .doesNotContain(TestSettings.REFRESH_TOKEN)
                .contains("clientSecret=set", "refreshToken=set", "organizationId=" + FakeZoho.ORGANIZATION);
    }

    @Test
    void isOnOnlyWithClientAndRefreshToken() {
        ZohoApiSettings complete = TestSettings.pointingAt(URI.create("http://localhost"), 200, Duration.ZERO);
        ZohoApiSettings blankSecret = new ZohoApiSettings(complete.clientId(), " ", complete.refreshToken(),
                complete.organizationId(), complete.accountsUrl(), complete.apiUrl(), true, complete.interval(),
                complete.pageSize(), complete.minRequestInterval(), complete.firstRunLookback());

        assertThat(complete.catchUpOn()).isTrue();
        assertThat(blankSecret.catchUpOn()).isFalse();
    }
}
