package org.clusterportal.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Names as kept and as sent back in Content-Disposition; sizes as shown. */
class FileNamesTest {

    @Test
    void aNameLosesTheFoldersAndControlCharactersABrowserSentAndNothingElse() {
        assertThat(FileNames.clean("C:\\Users\\anna\\Porozumienie <OKIP>.pdf", "x.pdf")).isEqualTo("Porozumienie <OKIP>.pdf");
        assertThat(FileNames.clean("/tmp/a\u0000b\r\n.pdf", "x.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.clean("..", "x.pdf")).isEqualTo("x.pdf");
        assertThat(FileNames.clean(null, "x.pdf")).isEqualTo("x.pdf");
        assertThat(FileNames.clean("a".repeat(300), "x.pdf")).hasSize(FileNames.LENGTH);
    }

    @Test
    void anAsciiNameIsSentAsItIs() {
        assertThat(FileNames.attachment("Annex 1.pdf")).isEqualTo("attachment; filename=\"Annex 1.pdf\"");
    }

    @Test
    void aPolishNameIsSentInRfc5987FormWithAnAsciiFallback() {
        assertThat(FileNames.attachment("Załącznik „nr 1”.pdf")).isEqualTo(
                "attachment; filename=\"Za__cznik _nr 1_.pdf\"; filename*=UTF-8''Za%C5%82%C4%85cznik%20%E2%80%9Enr%201%E2%80%9D.pdf");
    }

    @Test
    void quotesAndSeparatorsCannotBreakTheHeader() {
        assertThat(FileNames.attachment("a\";b\\c.pdf"))
                .startsWith("attachment; filename=\"a__b_c.pdf\"; filename*=UTF-8''a%22%3Bb%5Cc.pdf");
    }

    @Test
    void sizesAreShownInThePersonsNumberFormat() {
        assertThat(FileSizes.format(512, Locale.ENGLISH)).isEqualTo("512 B");
        assertThat(FileSizes.format(1536, Locale.ENGLISH)).isEqualTo("1.5 kB");
        assertThat(FileSizes.format(1536, Locale.forLanguageTag("pl"))).isEqualTo("1,5 kB");
        assertThat(FileSizes.format(20L * 1024 * 1024, Locale.ENGLISH)).isEqualTo("20 MB");
    }

    @Test
    void aDownloadsNameIsOneLineWhateverItWasStoredWith() {
        assertThat(FileNames.attachment("Plan\r\n2026.pdf")).isEqualTo("attachment; filename=\"Plan 2026.pdf\"");
        assertThat(FileNames.attachment("Umowa\nX-Evil: 1.pdf")).doesNotContain("\r", "\n", "%0A", "%0D");
    }
}
