package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.zoho.webhook.DeliveryIntake;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the catch-up job when Zoho API credentials are present; without them there is no job at all. */
@Configuration(proxyBeanMethods = false)
@Conditional(CatchUpEnabled.class)
@EnableConfigurationProperties(ZohoApiSettings.class)
@Import(ZohoApiConfiguration.class)
class CatchUpConfiguration {

    @Bean
    CatchUpJob zohoCatchUpJob(ZohoApiSettings settings, ZohoApiClient zohoApiClient, DeliveryIntake intake,
                              JdbcTemplate jdbc) {
        return new CatchUpJob(zohoApiClient, new IntakeRecordSink(intake), new JdbcHighWaterMarks(jdbc),
                Clock.systemUTC(), settings.firstRunLookback(),
                new AdvisoryLockRunAlone(jdbc.getDataSource(), "tsh-erp/zoho-catch-up"));
    }
}
