package org.clusterportal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseWithoutQuotesAndWithTheWildcardsEscaped() {
        assertThat(SearchWords.of("\"Laser\" 100%_ (Śląsk) laser")).containsExactly("laser", "100!%!_", "śląsk");
    }

    @Test
    void nothingToSearchForIsNoWords() {
        assertThat(SearchWords.of("\"\"\"")).isEmpty();
        assertThat(SearchWords.of("   ")).isEmpty();
        assertThat(SearchWords.of(null)).isEmpty();
    }

    @Test
    void aVeryLongInputIsCutToTheFirstWords() {
        assertThat(SearchWords.of("a b c d e f g h i j k ".repeat(1000))).hasSize(SearchWords.MAX);
    }
}
