package iq.tsh.erp.ops.dashboard;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Webhook latency percentiles. Spring times every request but keeps no percentiles by default; they are turned on
 * for the webhook URI only, so the dashboard and Prometheus get p50/p95/p99 without a series per other endpoint.
 */
@Configuration(proxyBeanMethods = false)
class DashboardMetricsConfiguration {

    @Bean
    MeterFilter webhookLatencyPercentiles() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if ("http.server.requests".equals(id.getName()) && WebhookMeters.URI.equals(id.getTag("uri"))) {
                    return DistributionStatisticConfig.builder().percentiles(0.5, 0.95, 0.99).build().merge(config);
                }
                return config;
            }
        };
    }
}
