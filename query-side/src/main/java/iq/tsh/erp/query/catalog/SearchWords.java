package iq.tsh.erp.query.catalog;

import iq.tsh.erp.query.search.SearchText;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code search_words} dictionary search corrects typos against: every word products are named by. Words are
 * only added (idempotent); inserted in sorted order, so two workers adding overlapping words never deadlock.
 */
@Component
class SearchWords {

    private final JdbcTemplate jdbc;

    SearchWords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void remember(String searchKey) {
        List<Object[]> words = SearchText.correctableWords(searchKey == null ? "" : searchKey).stream()
                .map(word -> new Object[] {word}).toList();
        if (!words.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO search_words (word) VALUES (?) ON CONFLICT DO NOTHING", words);
        }
    }

    void forgetAll() {
        jdbc.update("DELETE FROM search_words");
    }
}
