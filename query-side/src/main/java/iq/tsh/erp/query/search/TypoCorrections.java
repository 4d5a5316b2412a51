package iq.tsh.erp.query.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Near spellings of typed words among the words products are named by ({@code search_words}, trigram index): the
 * pg_trgm approach to spelling correction. "samsng" and "samsung" share half their trigrams (similarity 0.5),
 * "chargr" and "charger" too, while "change" is 0.25 from "charger"; words at 0.35 or more count.
 */
@Component
class TypoCorrections {

    static final String THRESHOLD = "0.35";
    private static final int PER_WORD = 5;
    private static final int MAX_WORDS = 8;

    private static final String NEAR = """
            SELECT word FROM search_words WHERE word % :word AND word <> :word
            ORDER BY similarity(word, :word) DESC, word ASC LIMIT :max
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TypoCorrections(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Needs the caller's transaction: the similarity threshold is set for that transaction only. */
    Map<String, List<String>> of(List<String> words) {
        jdbc.getJdbcTemplate().queryForObject(
                "SELECT set_config('pg_trgm.similarity_threshold', '" + THRESHOLD + "', true)", String.class);
        Map<String, List<String>> corrections = new LinkedHashMap<>();
        words.stream().distinct().filter(SearchText::isCorrectable).limit(MAX_WORDS).forEach(word -> corrections.put(word,
                jdbc.queryForList(NEAR, new MapSqlParameterSource("word", word).addValue("max", PER_WORD), String.class)));
        return corrections;
    }
}
