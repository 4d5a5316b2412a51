package iq.tsh.erp.zoho.catchup;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the catch-up job reaches Zoho's REST API. The job runs only when the three OAuth values are set.
 *
 * @param clientId           {@code ZOHO_CLIENT_ID}
 * @param clientSecret       {@code ZOHO_CLIENT_SECRET}
 * @param refreshToken       {@code ZOHO_REFRESH_TOKEN}, exchanged for short-lived access tokens
 * @param organizationId     {@code ZOHO_ORGANIZATION_ID}, sent with every API call
 * @param accountsUrl        the Zoho accounts server of the organisation's data centre
 * @param apiUrl             the Inventory API base of that data centre
 * @param enabled            {@code ZOHO_CATCHUP_ENABLED}; false keeps the job off despite credentials (second instance);
 *                           deletes are still confirmed with the API
 * @param interval           the pause between the end of one run and the start of the next
 * @param pageSize           records per list page (Zoho allows at most 200)
 * @param minRequestInterval the least time between two API calls, to stay under 100 calls a minute
 * @param firstRunLookback   how far back a kind without a mark starts; a full backfill of a large organisation
 *                           could exceed Zoho's daily call cap and then never complete
 */
@ConfigurationProperties("erp.zoho.api")
public record ZohoApiSettings(
        String clientId,
        String clientSecret,
        String refreshToken,
        String organizationId,
        @DefaultValue("https://accounts.zoho.com") URI accountsUrl,
        @DefaultValue("https://www.zohoapis.com/inventory/v1") URI apiUrl,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15m") Duration interval,
        @DefaultValue("200") int pageSize,
        @DefaultValue("700ms") Duration minRequestInterval,
        @DefaultValue("1d") Duration firstRunLookback) {

    public ZohoApiSettings {
        if (pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("erp.zoho.api.page-size must be between 1 and 200, not " + pageSize);
        }
        if (minRequestInterval.isNegative()) {
            throw new IllegalArgumentException("erp.zoho.api.min-request-interval must not be negative");
        }
    }

    /** The job runs when switched on and the OAuth client and refresh token are all present. */
    public boolean catchUpOn() {
        return enabled && hasCredentials();
    }

    /** Zoho's API can be called (the OAuth client and refresh token are all present), whether or not the job runs. */
    public boolean hasCredentials() {
        return present(clientId) && present(clientSecret) && present(refreshToken);
    }

    /** The token endpoint; a trailing slash in the setting does not double. */
    URI tokenUrl() {
        return URI.create(withoutTrailingSlash(accountsUrl) + "/oauth/v2/token");
    }

    /** The API base without a trailing slash, for paths like {@code /items}. */
    String apiBase() {
        return withoutTrailingSlash(apiUrl);
    }

    private static String withoutTrailingSlash(URI url) {
        return url.toString().replaceAll("/+$", "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Never prints the client secret or the refresh token: settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "ZohoApiSettings[clientId=" + (present(clientId) ? "set" : "unset")
                + ", clientSecret=" + (present(clientSecret) ? "set" : "unset")
                + ", refreshToken=" + (present(refreshToken) ? "set" : "unset")
                + ", organizationId=" + organizationId + ", accountsUrl=" + accountsUrl + ", apiUrl=" + apiUrl
                + ", enabled=" + enabled + ", interval=" + interval + ", pageSize=" + pageSize
                + ", minRequestInterval=" + minRequestInterval + ", firstRunLookback=" + firstRunLookback + "]";
    }
}
