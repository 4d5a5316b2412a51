package iq.tsh.erp.query.common;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** A read table of {@link SequencedRow}s, keyed by the Zoho (or app) id of the aggregate each row follows. */
@NoRepositoryBean
public interface SequencedRows<R extends SequencedRow> extends JpaRepository<R, String> {

    /**
     * Applies one event of the row's aggregate once: finds the row (or creates it with {@code create}), ignores an
     * event at or below its last applied sequence (a replay or redelivery), else changes, marks and saves it.
     */
    default void applyOnce(String id, Function<String, R> create, long sequence, Instant at, Consumer<R> change) {
        R row = findById(id).orElseGet(() -> create.apply(id));
        if (row.hasApplied(sequence)) {
            return;
        }
        change.accept(row);
        row.markApplied(sequence, at);
        save(row);
    }
}
