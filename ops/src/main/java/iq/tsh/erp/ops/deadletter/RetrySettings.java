package iq.tsh.erp.ops.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a projection worker's failed event is retried before it is parked, under the workers' own prefix (the assembly's
 * {@code WorkerSettings} holds the rest of {@code erp.workers}).
 *
 * @param maxRetryAttempts {@code TDS_MAX_RETRY_ATTEMPTS}: retries before an event is parked as a dead letter
 * @param retryFirstDelay  wait before the first retry of a failed event; doubled per attempt, with ±25 % jitter
 * @param retryMaxDelay    the longest wait between retries
 * @param deadLetterScan   how often due dead letters are looked for
 */
@Validated
@ConfigurationProperties("erp.workers")
public record RetrySettings(
        @DefaultValue("5") @Min(0) @Max(100) int maxRetryAttempts,
        @DefaultValue("1s") @NotNull Duration retryFirstDelay,
        @DefaultValue("60s") @NotNull Duration retryMaxDelay,
        @DefaultValue("1s") @NotNull Duration deadLetterScan) {
}
