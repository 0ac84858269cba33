package org.clusterportal.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void lineBreaksAndTheSpacesAroundThemBecomeOneSpace() {
        assertThat(HeaderText.line("Szkolenie \r\n  Bcc: victim@example.org")).isEqualTo("Szkolenie Bcc: victim@example.org");
        assertThat(HeaderText.line("a\rb\nc\r\n\r\nd")).isEqualTo("a b c d");
    }

    @Test
    void everyControlCharacterAndTheUnicodeSeparatorsAreFolded() {
        assertThat(HeaderText.line("a\tb\u0000c\u0085d\u2028e\u2029f\u007fg")).isEqualTo("a b c d e f g");
    }

    @Test
    void ordinaryTextIsKeptAsWritten() {
        assertThat(HeaderText.line("Łódź  –  \"Kongres\"; 50% (2026)")).isEqualTo("Łódź  –  \"Kongres\"; 50% (2026)");
        assertThat(HeaderText.line("\n Title \r")).isEqualTo("Title");
        assertThat(HeaderText.line(null)).isEmpty();
    }
}
