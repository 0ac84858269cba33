package org.clusterportal.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.platform.web.PortalAddress;

/**
 * A certificate of attendance as a one-page PDF (A4 landscape) in its holder's language: name, event, dates and
 * hours in the event's zone, organiser, agreements, the number, and the verification address also as a QR code,
 * drawn as vector squares. The font is Liberation Sans from the PDFBox jar, embedded as a subset: it has every
 * Polish letter; a character it lacks (an emoji in a title) is printed as "?" rather than failing the download.
 */
public final class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 60;

    /** What the certificate says, already in words; the labels come from the bundle of {@code locale}. */
    public record Content(Locale locale, String holder, String attended, String title, String dates, String hours,
            String organiser, String agreements, String number, String verificationUrl) {
    }

    private CertificatePdf() {
    }

    /**
     * The content of a certificate in its holder's language (or {@code fallback} while they have chosen none),
     * its times in the event's zone.
     */
    public static Content contentOf(Certificate certificate, Locale fallback) {
        Locale locale = certificate.getHolder().getLanguage() == null ? fallback : certificate.getHolder().getLanguage().locale();
        ResourceBundle bundle = bundle(locale);
        Event event = certificate.getEvent();
        ZonedDateTime start = event.getStartsInZone();
        ZonedDateTime end = event.getEndsInZone();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String dates = start.toLocalDate().equals(end.toLocalDate()) ? start.format(date)
                : start.format(date) + " – " + end.format(date);
        String hours = start.format(time) + "–" + end.format(time) + " (" + event.getZoneId() + ")";
        long minutes = teachingMinutes(start, end);
        if (minutes > 0) {
            hours += ", " + MessageFormat.format(bundle.getString("certificate.pdf.duration"), hoursOf(minutes, locale));
        }
        String agreements = event.getAgreements().stream().map(Agreement::getTitle).collect(Collectors.joining("; "));
        return new Content(locale, certificate.getHolder().getDisplayName(), bundle.getString("certificate.pdf.attended." + event.getType()),
                event.getTitle(), dates, hours, event.getOrganiser().getName(), agreements, certificate.getNumber(),
                PortalAddress.absolute(certificate.getVerificationPath()));
    }

    /**
     * The time the event lasted: from start to end on one day; over several days, the same daily hours each day
     * (a training from 9:00 on Monday to 15:00 on Wednesday is three days of six hours), or nothing when the
     * daily hours cannot be told.
     */
    static long teachingMinutes(ZonedDateTime start, ZonedDateTime end) {
        long days = Duration.between(start.toLocalDate().atStartOfDay(), end.toLocalDate().atStartOfDay()).toDays() + 1;
        long daily = Duration.between(start.toLocalTime(), end.toLocalTime()).toMinutes();
        if (days == 1) {
            return Duration.between(start, end).toMinutes();
        }
        return daily > 0 ? daily * days : 0;
    }

    private static String hoursOf(long minutes, Locale locale) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60)
                : String.format(locale, "%.1f", minutes / 60.0);
    }

    /** Writes the PDF of this content. */
    public static void write(Content content, OutputStream output) {
        ResourceBundle bundle = bundle(content.locale());
        try (PDDocument document = new PDDocument(); InputStream fontFile = CertificatePdf.class.getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(document, fontFile, true);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(bundle.getString("certificate.pdf.title") + " " + content.number());
            information.setAuthor(printable(font, content.organiser()));
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.setLineWidth(2);
                stream.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                stream.stroke();
                Writer writer = new Writer(stream, font, width);
                float y = height - MARGIN - 30;
                y = writer.centred(bundle.getString("certificate.pdf.title"), 30, y, 40);
                y = writer.centred(bundle.getString("certificate.pdf.certifies"), 13, y - 10, 20);
                y = writer.centred(content.holder(), 26, y - 6, 36);
                y = writer.centred(content.attended(), 13, y, 20);
                y = writer.centred(content.title(), 18, y - 4, 24);
                y -= 12;
                Map<Field, String> fields = new EnumMap<>(Field.class);
                fields.put(Field.DATES, content.dates());
                fields.put(Field.HOURS, content.hours());
                fields.put(Field.ORGANISER, content.organiser());
                if (!content.agreements().isBlank()) {
                    fields.put(Field.AGREEMENT, content.agreements());
                }
                for (Map.Entry<Field, String> field : fields.entrySet()) {
                    y = writer.left(bundle.getString(field.getKey().key) + ": " + field.getValue(), 12, MARGIN + 20, y, 17, width - 2 * MARGIN - 160);
                }
                float qrSize = 110;
                float qrX = width - MARGIN - qrSize;
                float qrY = MARGIN;
                drawQr(stream, content.verificationUrl(), qrX, qrY, qrSize);
                float bottom = MARGIN + 40;
                bottom = writer.left(bundle.getString("certificate.pdf.number") + ": " + content.number(), 12, MARGIN + 20, bottom, 16, qrX - MARGIN - 40);
                writer.left(bundle.getString("certificate.pdf.verify") + " " + content.verificationUrl(), 9, MARGIN + 20, bottom, 12, qrX - MARGIN - 40);
            }
            document.save(output);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Field {
        DATES("certificate.pdf.dates"), HOURS("certificate.pdf.hours"), ORGANISER("certificate.pdf.organiser"),
        AGREEMENT("certificate.pdf.agreement");

        final String key;

        Field(String key) {
            this.key = key;
        }
    }

    /** The QR code of the address, one filled square per dark module. */
    private static void drawQr(PDPageContentStream stream, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        }
        catch (WriterException e) {
            throw new IllegalStateException("No QR code for " + url, e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    stream.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }

    /** The text with what the font cannot print as "?", and control characters (CR/LF from a title) as spaces. */
    static String printable(PDType0Font font, String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.isISOControl(codePoint) ? " " : new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                printable.append(character);
            }
            catch (IOException | IllegalArgumentException missing) {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.clusterportal.i18n.messages", locale);
    }

    /** Lines of text, wrapped at words to the width they may take. */
    private static final class Writer {

        private final PDPageContentStream stream;
        private final PDType0Font font;
        private final float pageWidth;

        Writer(PDPageContentStream stream, PDType0Font font, float pageWidth) {
            this.stream = stream;
            this.font = font;
            this.pageWidth = pageWidth;
        }

        float centred(String text, float size, float y, float leading) throws IOException {
            float line = y;
            for (String part : wrap(printable(font, text), size, pageWidth - 2 * MARGIN - 40)) {
                show(part, size, (pageWidth - width(part, size)) / 2, line);
                line -= leading;
            }
            return line;
        }

        float left(String text, float size, float x, float y, float leading, float maxWidth) throws IOException {
            float line = y;
            for (String part : wrap(printable(font, text), size, maxWidth)) {
                show(part, size, x, line);
                line -= leading;
            }
            return line;
        }

        private void show(String text, float size, float x, float y) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Words onto lines; a word longer than a line is cut where it must be. */
        private List<String> wrap(String text, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > maxWidth) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
