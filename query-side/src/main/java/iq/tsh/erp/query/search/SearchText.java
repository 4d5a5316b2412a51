package iq.tsh.erp.query.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one normalisation applied both to what is stored for search and to what a shopper types, so that spellings
 * shoppers treat as the same meet: lower case; Arabic hamza and ta marbuta variants folded (أ إ آ ٱ to ا, ة to ه,
 * ى to ي, ؤ to و, ئ to ي); tashkeel and tatweel dropped; Arabic-Indic and Persian digits as 0-9; every other
 * character that is not a letter or digit becomes a space, so "OIL-WADI-1L" and "oil wadi 1l" are the same words.
 */
public final class SearchText {

    private static final int DROP = -1;

    private SearchText() {
    }

    /** The normalised text: words of letters and digits separated by single spaces; empty for null. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int folded = fold(c);
            if (folded == DROP) {
                return;
            }
            if (Character.isLetterOrDigit(folded)) {
                out.appendCodePoint(folded);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }

    /** The normalised words of several texts (names, SKU, brand) joined; null and blank parts are left out. */
    public static String join(String... texts) {
        return Stream.of(texts).map(SearchText::normalise).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The normalised words of a shopper's query. */
    public static List<String> words(String query) {
        String normalised = normalise(query);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /**
     * The words worth correcting a typo to or from: three or more characters and not a bare number (a number typed
     * wrong is another number, and one- or two-letter words are near everything).
     */
    public static boolean isCorrectable(String word) {
        return word.length() >= 3 && !word.chars().allMatch(Character::isDigit);
    }

    /** The distinct correctable words of a normalised text, sorted. */
    public static java.util.SortedSet<String> correctableWords(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(SearchText::isCorrectable)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * A {@code to_tsquery('simple', ...)} text matching every word as a prefix ({@code "sams cha"} finds "samsung
     * charger"). Words hold only letters and digits, so nothing in them is tsquery syntax; it is still a bind value.
     */
    public static String prefixQuery(List<String> words) {
        return words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
    }

    private static int fold(int c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return '0' + (c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return '0' + (c - '\u06F0');
        }
        // Tashkeel (fathatan to sukun, and the rarer marks up to U+065F), superscript alef, tatweel.
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return DROP;
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ئ' -> 'ي';
            case 'ؤ' -> 'و';
            default -> c;
        };
    }
}
