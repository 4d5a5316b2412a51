package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.zoho.webhook.ZohoRecordLookup;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * One client of Zoho's API per instance when credentials are present, shared by the catch-up job and by the webhook's
 * delete confirmation, so both draw on one cached token and one pace (Zoho allows 100 calls a minute in all).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZohoApiCredentials.class)
@EnableConfigurationProperties(ZohoApiSettings.class)
class ZohoApiConfiguration {

    @Bean
    ZohoApiClient zohoApiClient(ZohoApiSettings settings) {
        Clock clock = Clock.systemUTC();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AccessTokens tokens = new AccessTokens(http, settings, clock);
        Pacer pacer = new Pacer(settings.minRequestInterval(), clock, Pacer.THREAD_SLEEP);
        return new ZohoApiClient(http, settings, tokens, pacer, clock);
    }

    @Bean
    ZohoRecordLookup zohoRecordLookup(ZohoApiClient zohoApiClient) {
        return new ZohoApiRecordLookup(zohoApiClient);
    }
}
