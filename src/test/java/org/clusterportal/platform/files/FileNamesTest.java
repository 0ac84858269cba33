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

    @Test
    void aWrongOrMissingExtensionIsReplacedByTheOneOfTheContent() {
        assertThat(FileNames.forContent("report.html", "x", "application/pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.forContent("setup.exe", "x", "image/png")).isEqualTo("setup.png");
        assertThat(FileNames.forContent("skan", "x", "application/pdf")).isEqualTo("skan.pdf");
        assertThat(FileNames.forContent("Umowa v1.2 final", "x", "application/pdf")).isEqualTo("Umowa v1.2 final.pdf");
        assertThat(FileNames.forContent("photo.jpg.exe", "x", "image/jpeg")).isEqualTo("photo.jpg.jpg");
        assertThat(FileNames.forContent(null, "Porozumienie OKIP", "application/pdf")).isEqualTo("Porozumienie OKIP.pdf");
        assertThat(FileNames.forContent("a".repeat(300) + ".exe", "x", "application/pdf")).hasSize(FileNames.LENGTH).endsWith("a.pdf");
    }

    @Test
    void anAllowedExtensionIsKeptAsWritten() {
        assertThat(FileNames.forContent("Zdjęcie.JPEG", "x", "image/jpeg")).isEqualTo("Zdjęcie.JPEG");
        assertThat(FileNames.forContent("budżet.xlsx", "x", "application/x-tika-ooxml")).isEqualTo("budżet.xlsx");
        assertThat(FileNames.forContent("budżet.xlsm", "x", "application/x-tika-ooxml")).isEqualTo("budżet.docx");
        assertThat(FileNames.forContent("notatki.ods", "x", "application/vnd.oasis.opendocument.spreadsheet")).isEqualTo("notatki.ods");
    }

    @Test
    void formatAndControlCharactersCannotDisguiseAName() {
        // U+202E (right-to-left override) shows "invoice\u202Efdp.exe" as "invoiceexe.pdf".
        assertThat(FileNames.forContent("invoice\u202Efdp.exe", "x", "application/pdf")).isEqualTo("invoicefdp.pdf");
        assertThat(FileNames.forContent("a\u2066b\u2069\u200Bc\u200E\u061C\uFEFF.pdf", "x", "application/pdf")).isEqualTo("abc.pdf");
        assertThat(FileNames.forContent("plan\r\n\u2028.pdf", "x", "application/pdf")).isEqualTo("plan.pdf");
        assertThat(FileNames.forContent("\u202E", "Aneks", "application/pdf")).isEqualTo("Aneks.pdf");
    }

    @Test
    void aTypeOutsideThePortalsListTakesTikasExtension() {
        assertThat(FileNames.forContent("notes.exe", "x", "text/plain")).isEqualTo("notes.txt");
        assertThat(FileNames.forContent("blob.exe", "x", "application/x-no-such-type")).isEqualTo("blob.bin");
    }
}
