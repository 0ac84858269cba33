package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterportal.platform.persistence.SearchWords;
import org.junit.jupiter.api.Test;

/** Whatever is typed becomes a harmless search: no operator, quote or length reaches the database as such. */
class OfferSearchTest {

    @Test
    void theFullTextQueryKeepsOnlyWordsEachAsAPrefix() {
        assertThat(OfferSearch.prefixQuery("Laser clad")).isEqualTo("Laser:* & clad:*");
        assertThat(OfferSearch.prefixQuery("\"Łódź\" & | ! (x) <-> 'y' :*")).isEqualTo("Łódź:* & x:* & y:*");
        assertThat(OfferSearch.prefixQuery("'; drop table offer; --")).isEqualTo("drop:* & table:* & offer:*");
        assertThat(OfferSearch.prefixQuery("\"\"\" & |")).isNull();
        assertThat(OfferSearch.prefixQuery("a b c d e f g h i j")).isEqualTo("a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:*");
    }

    @Test
    void longInputIsCut() {
        assertThat(OfferSearch.input("x".repeat(10_000))).hasSize(OfferSearch.MAX_INPUT);
        assertThat(OfferSearch.input("   ")).isNull();
    }

    @Test
    void theLikeFallbackTakesWildcardsLiterallyAndQuotedWordsAsWords() {
        assertThat(SearchWords.of("\"Laser\" 100%_")).containsExactly("laser", "100!%!_");
        assertThat(SearchWords.of("\"\"\"")).isEmpty();
    }
}
