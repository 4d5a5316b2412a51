package iq.tsh.erp.query.catalog;

import iq.tsh.erp.query.search.SearchText;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code search_words} dictionary search corrects typos against: every word products are named by. Words are
 * only added (idempotent). A worker's batch covers several products, so sorting one product's words does not order
 * the batch's inserts: two workers adding overlapping new words could deadlock. New words are rare once a catalogue
 * is loaded, so only a product that brings one takes a lock (held to the batch's commit) before adding it.
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
        if (words.isEmpty()) {
            return;
        }
        List<String> candidates = words.stream().map(word -> (String) word[0]).toList();
        List<String> known = jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT word FROM search_words WHERE word = ANY (?)");
            statement.setArray(1, connection.createArrayOf("text", candidates.toArray()));
            return statement;
        }, (rs, row) -> rs.getString(1));
        List<Object[]> fresh = words.stream().filter(word -> !known.contains((String) word[0])).toList();
        if (!fresh.isEmpty()) {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('search_words'))", Object.class);
            jdbc.batchUpdate("INSERT INTO search_words (word) VALUES (?) ON CONFLICT DO NOTHING", fresh);
        }
    }

    void forgetAll() {
        jdbc.update("DELETE FROM search_words");
    }
}
