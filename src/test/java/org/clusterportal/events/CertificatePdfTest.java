package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate's PDF parses, holds the Polish letters of a name as text, its number and the verification address. */
class CertificatePdfTest {

    private static final String NUMBER = Certificate.newNumber();

    @Test
    void thePdfParsesAndHoldsTheNameWithDiacriticsAndTheNumber() throws Exception {
        String text = textOf(content(new Locale("pl"), "Zażółć Gęślą-Jaźń", "Spawanie laserowe 🔥\r\nw praktyce"));

        assertThat(text).contains("Zaświadczenie o udziale", "Zażółć Gęślą-Jaźń", NUMBER,
                "https://portal.example.org/certificates/verify.xhtml?number=" + NUMBER, "Organizator: Ogólnopolski Klaster");
        assertThat(text).as("a character the font lacks, and CR/LF").contains("Spawanie laserowe ? w praktyce");
    }

    @Test
    void inEnglishTheLabelsAreEnglish() throws Exception {
        String text = textOf(content(Locale.ENGLISH, "Łucja Żółkiewska", "Laser cladding"));

        assertThat(text).contains("Certificate of attendance", "Łucja Żółkiewska", "Certificate number: " + NUMBER, "Hours: 09:00–15:00");
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CertificatePdf.write(content(Locale.ENGLISH, "Zażółć", "Title"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans.*");
        }
        assertThat(pdf.size()).isLessThan(60_000);
    }

    @Test
    void theQrCodeReadsAsTheVerificationAddress() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CertificatePdf.write(content(Locale.ENGLISH, "Zażółć", "Title"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText())
                    .isEqualTo("https://portal.example.org/certificates/verify.xhtml?number=" + NUMBER);
        }
    }

    @Test
    void severalDaysCountTheDailyHours() {
        ZoneId zone = ZoneId.of("Europe/Warsaw");
        ZonedDateTime monday = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, zone);
        assertThat(CertificatePdf.teachingMinutes(monday, monday.plusHours(6))).isEqualTo(360);
        assertThat(CertificatePdf.teachingMinutes(monday, monday.plusDays(2).plusHours(6))).isEqualTo(3 * 360);
        assertThat(CertificatePdf.teachingMinutes(monday.withHour(18), monday.plusDays(1).withHour(10))).isZero();
    }

    @Test
    void numbersAreLongRandomAndTypedAsPeopleTypeThem() {
        assertThat(NUMBER).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){5}").isNotEqualTo(Certificate.newNumber());
        assertThat(Certificate.normalised(" " + NUMBER.toLowerCase(Locale.ROOT) + " ")).isEqualTo(NUMBER);
        assertThat(Certificate.normalised("' or 1=1 --")).isEmpty();
    }

    private static CertificatePdf.Content content(Locale locale, String holder, String title) {
        return new CertificatePdf.Content(locale, holder, "wziął(-ęła) udział w szkoleniu", title, "2 marca 2026", "09:00–15:00 (Europe/Warsaw), 6 h",
                "Ogólnopolski Klaster Innowacyjnych Przedsiębiorców", "Porozumienie o współpracy międzyklastrowej", NUMBER,
                "https://portal.example.org/certificates/verify.xhtml?number=" + NUMBER);
    }

    private static String textOf(CertificatePdf.Content content) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CertificatePdf.write(content, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // For a person to look at: target/screenshots/certificate-<language>.png
            java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(shots);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png", shots.resolve("certificate-" + content.locale().getLanguage() + ".png").toFile());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
