package iq.tsh.erp.app.axon;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The projection workers: every processing group is a tracking processor with {@code threads} threads over as many
 * segments (the two concurrent workers). How failed events are retried is ops' {@code RetrySettings}, under the same
 * prefix.
 *
 * @param batchSize          {@code TDS_BATCH_SIZE}: events a worker handles per transaction
 * @param pollInterval       {@code TDS_QUEUE_POLL_INTERVAL_MS}: how long an idle worker waits for new events
 * @param lockTimeout        {@code TDS_LOCK_TIMEOUT_SECONDS}: how long a segment claim lasts without renewal
 * @param threads            worker threads (and initial segments) per processing group
 * @param nodeId             {@code TDS_NODE_ID}: this instance's name in segment claims; unset, it is {@code pid@host}
 *                           on a shared database and the host and data directory on the embedded one
 */
@Validated
@ConfigurationProperties("erp.workers")
public record WorkerSettings(
        @DefaultValue("10") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("1000ms") @NotNull Duration pollInterval,
        @DefaultValue("300s") @NotNull Duration lockTimeout,
        @DefaultValue("2") @Min(1) @Max(64) int threads,
        @Size(max = 255) String nodeId) {
}
