package org.clusterportal.platform.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed into a search box, as words for {@code like :word escape '!'}: lower case, quotes and
 * brackets around a word dropped, the LIKE wildcards escaped, at most {@value #MAX} words. Any input is a
 * normal search, never an error.
 */
public final class SearchWords {

    public static final int MAX = 8;

    private SearchWords() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .map(word -> word.replaceAll("^[\"'()]+|[\"'()]+$", ""))
                .filter(word -> !word.isEmpty())
                .map(SearchWords::escapeLike)
                .distinct()
                .limit(MAX)
                .toList();
    }

    /** The text with LIKE's wildcards and the escape character itself escaped, for {@code like … escape '!'}. */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
