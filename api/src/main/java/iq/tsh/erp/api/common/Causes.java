package iq.tsh.erp.api.common;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one walk along a failure's causes, for the edges that must see past Axon's and Spring's wrappers: the failure
 * itself first, then each cause, stopping at a cause seen before (a cycle or a self-cause), so no caller loops.
 */
public final class Causes {

    private Causes() {
    }

    /** The first of the failure and its causes that is a {@code type}. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return first(failure, type::isInstance).map(type::cast);
    }

    /** The first of the failure and its causes that meets {@code test}. */
    public static Optional<Throwable> first(Throwable failure, Predicate<? super Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (test.test(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /** Whether the failure or any of its causes meets {@code test}. */
    public static boolean any(Throwable failure, Predicate<? super Throwable> test) {
        return first(failure, test).isPresent();
    }

    /** The deepest cause (the failure itself when it has none); {@code null} only for {@code null}. */
    public static Throwable root(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = failure;
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            root = cause;
        }
        return root;
    }
}
