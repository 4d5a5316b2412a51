package iq.tsh.erp.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void findsTheFailureItselfFirst() {
        IllegalStateException failure = new IllegalStateException("outer", new IllegalStateException("inner"));
        assertThat(Causes.find(failure, IllegalStateException.class)).containsSame(failure);
    }

    @Test
    void findsACauseBehindWrappers() {
        IOException io = new IOException("disk");
        RuntimeException failure = new CompletionException(new RuntimeException(new UncheckedIOException(io)));
        assertThat(Causes.find(failure, IOException.class)).containsSame(io);
        assertThat(Causes.any(failure, UncheckedIOException.class::isInstance)).isTrue();
    }

    @Test
    void findsNothingWhenNoCauseMatches() {
        assertThat(Causes.find(new RuntimeException(new IllegalStateException()), IOException.class)).isEmpty();
        assertThat(Causes.find(null, IOException.class)).isEmpty();
    }

    @Test
    void stopsAtACycleInsteadOfLooping() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(Causes.find(first, IOException.class)).isEmpty();
        assertThat(Causes.root(first)).isSameAs(second);
    }

    @Test
    void rootIsTheDeepestCause() {
        IOException io = new IOException("disk");
        assertThat(Causes.root(new RuntimeException(new RuntimeException(io)))).isSameAs(io);
        RuntimeException alone = new RuntimeException("alone");
        assertThat(Causes.root(alone)).isSameAs(alone);
        assertThat(Causes.root(null)).isNull();
    }
}
