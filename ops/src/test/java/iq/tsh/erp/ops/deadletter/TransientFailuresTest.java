package iq.tsh.erp.ops.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Which failures retry the batch (never parking a healthy event) and which are the event's own. */
class TransientFailuresTest {

    @Test
    void anInterruptedWorkerIsNotTheEventsFault() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("stopping",
                new InterruptedException("Message interrupted")))).isTrue();
    }

    @Test
    void aLostConnectionOrADeadlockIsTransient() {
        assertThat(TransientFailures.isTransient(new SQLException("gone", "08006"))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("deadlock", "40P01")))).isTrue();
    }

    @Test
    void aValueTheDatabaseRefusesIsTheEventsOwn() {
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("nul",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("a bug"))).isFalse();
    }
}
