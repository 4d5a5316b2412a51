package iq.tsh.erp.query.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a shopper typed, ready for the full-text index: the normalised words, the strict query (every word as a
 * prefix) and the broad one, in which each word may also be one of its near spellings from {@code search_words}.
 * Every word comes out of {@link SearchText} or that table, so holds only letters and digits: no tsquery syntax.
 */
record SearchTerms(String text, String strict, String broad) {

    static SearchTerms of(List<String> words, Map<String, List<String>> corrections) {
        String broad = words.stream().map(word -> {
            List<String> near = corrections.getOrDefault(word, List.of());
            if (near.isEmpty()) {
                return word + ":*";
            }
            return "(" + word + ":* | " + String.join(" | ", near) + ")";
        }).collect(Collectors.joining(" & "));
        return new SearchTerms(String.join(" ", words), SearchText.prefixQuery(words), broad);
    }
}
