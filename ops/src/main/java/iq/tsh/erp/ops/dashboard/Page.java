package iq.tsh.erp.ops.dashboard;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a newest-first list. {@code next} is absent on the last page; passed back as {@code ?cursor=} it
 * continues after the last item, unaffected by rows that arrived meanwhile.
 */
record Page<T>(List<T> items, String next) {

    /** The page from {@code rows} fetched with one row more than {@code limit}: that extra row says more exist. */
    static <T> Page<T> of(List<T> rows, int limit, String list, Function<T, Cursor> cursor) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursor.apply(items.get(limit - 1)).encode(list));
    }
}
