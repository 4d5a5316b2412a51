package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.zoho.webhook.DeliveryIntake;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the catch-up job when Zoho API credentials are present; without them there is no job at all. */
@Configuration(proxyBeanMethods = false)
@Conditional(CatchUpEnabled.class)
@EnableConfigurationProperties(ZohoApiSettings.class)
class CatchUpConfiguration {

    @Bean
    CatchUpJob zohoCatchUpJob(ZohoApiSettings settings, DeliveryIntake intake, JdbcTemplate jdbc) {
        Clock clock = Clock.systemUTC();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AccessTokens tokens = new AccessTokens(http, settings, clock);
        Pacer pacer = new Pacer(settings.minRequestInterval(), clock, Pacer.THREAD_SLEEP);
        ZohoApiClient zoho = new ZohoApiClient(http, settings, tokens, pacer, clock);
        return new CatchUpJob(zoho, new IntakeRecordSink(intake), new JdbcHighWaterMarks(jdbc), clock,
                settings.firstRunLookback());
    }
}
