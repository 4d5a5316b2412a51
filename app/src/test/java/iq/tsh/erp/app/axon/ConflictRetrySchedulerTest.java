package iq.tsh.erp.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConflictRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler(executor, 3, 1);

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private boolean retries(RuntimeException failure, int failuresSoFar) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < failuresSoFar; i++) {
            failures.add(new Class[] {failure.getClass()});
        }
        return scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, failures, () -> { });
    }

    @Test
    void retriesAConcurrentAppend() {
        assertThat(retries(new ConcurrencyException("taken"), 1)).isTrue();
    }

    @Test
    void retriesAConcurrentCreationEvenWhenWrapped() {
        var wrapped = new CommandExecutionException("failed", new AggregateStreamCreationException("exists"));

        assertThat(retries(wrapped, 1)).isTrue();
    }

    @Test
    void givesUpAfterTheLimit() {
        assertThat(retries(new ConcurrencyException("taken"), 4)).isFalse();
    }

    @Test
    void neverRetriesOtherFailures() {
        assertThat(retries(new IllegalArgumentException("bad command"), 1)).isFalse();
    }
}
