package iq.tsh.erp.zoho.catchup;

import java.net.URI;
import java.time.Duration;

/** Settings pointing both Zoho servers at the fake. */
final class TestSettings {

    static final String CLIENT_SECRET = "client-secret-3f9a";
    static final String REFRESH_TOKEN = "1000.refresh-7c2e";

    private TestSettings() {
    }

    static ZohoApiSettings pointingAt(URI zoho, int pageSize, Duration minRequestInterval) {
        return new ZohoApiSettings("1000.CLIENTID", CLIENT_SECRET, REFRESH_TOKEN, FakeZoho.ORGANIZATION,
                zoho, zoho, true, Duration.ofMinutes(15), pageSize, minRequestInterval, Duration.ofDays(1));
    }
}
