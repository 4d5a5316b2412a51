package iq.tsh.erp.command.zoho;

import static iq.tsh.erp.api.common.SyncOutcome.ACCEPTED;
import static iq.tsh.erp.api.common.SyncOutcome.STALE;
import static iq.tsh.erp.api.common.SyncOutcome.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotRuleTest {

    private static final Instant EARLY = Instant.parse("2025-03-02T06:00:00Z");
    private static final Instant LATE = Instant.parse("2025-03-20T06:00:00Z");

    @Test
    void acceptsTheFirstSnapshot() {
        assertThat(SnapshotRule.judge(null, false, null, EARLY, "a")).isEqualTo(ACCEPTED);
    }

    @Test
    void ignoresAnOlderSnapshot() {
        assertThat(SnapshotRule.judge(LATE, false, "b", EARLY, "a")).isEqualTo(STALE);
    }

    @Test
    void saysNothingForTheSameContent() {
        assertThat(SnapshotRule.judge(EARLY, false, "a", EARLY, "a")).isEqualTo(UNCHANGED);
    }

    @Test
    void acceptsOtherContentAtTheSameTime() {
        assertThat(SnapshotRule.judge(EARLY, false, "a", EARLY, "b")).isEqualTo(ACCEPTED);
    }

    @Test
    void comparesRecordsWithoutTimeByContentOnly() {
        assertThat(SnapshotRule.judge(null, false, "a", null, "a")).isEqualTo(UNCHANGED);
        assertThat(SnapshotRule.judge(null, false, "a", null, "b")).isEqualTo(ACCEPTED);
    }

    @Test
    void keepsADeletedRecordDeletedUnlessStrictlyNewer() {
        assertThat(SnapshotRule.judge(LATE, true, "a", LATE, "a")).isEqualTo(STALE);
        assertThat(SnapshotRule.judge(LATE, true, "a", null, "a")).isEqualTo(STALE);
        assertThat(SnapshotRule.judge(null, true, null, LATE, "a")).isEqualTo(STALE);
        assertThat(SnapshotRule.judge(EARLY, true, "a", LATE, "a")).isEqualTo(ACCEPTED);
    }

    @Test
    void picksTheNewestTime() {
        assertThat(SnapshotRule.newest(null, EARLY)).isEqualTo(EARLY);
        assertThat(SnapshotRule.newest(LATE, EARLY)).isEqualTo(LATE);
        assertThat(SnapshotRule.newest(EARLY, null)).isEqualTo(EARLY);
    }
}
