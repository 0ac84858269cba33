package org.clusterportal.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable report of a sheet, laid out along the key-cluster criteria (cooperation and its intensity,
 * internationalisation, the events and the proposals behind them), in the viewer's language. PDFBox's own
 * LiberationSans has the Polish letters.
 */
public final class FigureReport {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float LINE = 15;

    /** The criteria and the sections of figures each one rests on. */
    private static final List<List<String>> CRITERIA = List.of(
            List.of("figures.criterion.cooperation", "cooperation", "offers", "interests"),
            List.of("figures.criterion.internationalisation"),
            List.of("figures.criterion.events", "events"),
            List.of("figures.criterion.proposals", "proposals"));

    private FigureReport() {
    }

    public static void write(FigureSheet sheet, String title, Function<String, String> label, Locale locale, OutputStream out) throws IOException {
        List<String[]> lines = lines(sheet, title, label, locale);
        try (PDDocument document = new PDDocument(); InputStream font = FigureReport.class.getResourceAsStream(FONT)) {
            PDType0Font sans = PDType0Font.load(document, font);
            PDPageContentStream content = null;
            float y = 0;
            for (String[] line : lines) {
                if (content == null || y < MARGIN) {
                    if (content != null) {
                        content.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                }
                float size = "h".equals(line[0]) ? 14 : 10;
                text(content, sans, size, MARGIN, y, line[1]);
                if (line.length > 2) {
                    text(content, sans, size, 370, y, line[2]);
                    text(content, sans, size, 450, y, line[3]);
                }
                y -= "h".equals(line[0]) ? LINE * 1.6f : LINE;
            }
            if (content != null) {
                content.close();
            }
            document.save(out);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text.length() > 70 ? text.substring(0, 69) + "…" : text);
        content.endText();
    }

    /** The report's lines: a heading ("h") or a figure ("f", label, this period, previous period). */
    static List<String[]> lines(FigureSheet sheet, String title, Function<String, String> label, Locale locale) {
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] { "h", title });
        lines.add(new String[] { "f", label.apply("figures.period") + ": " + sheet.getPeriod(), label.apply("figures.column.value"),
                label.apply("figures.column.previous") });
        for (List<String> criterion : CRITERIA) {
            lines.add(new String[] { "h", label.apply(criterion.get(0)) });
            if (criterion.size() == 1) {
                sheet.figure(FigureKeys.COUNTRIES).ifPresent(row -> lines.add(row(row, label, counts, percent)));
                sheet.figure(FigureKeys.EVENTS_OUTSIDE_SHARE).ifPresent(row -> lines.add(row(row, label, counts, percent)));
                sheet.figure(FigureKeys.LINKS).ifPresent(row -> lines.add(row(row, label, counts, percent)));
                if (!sheet.getCountries().isEmpty()) {
                    lines.add(new String[] { "f", String.join(", ", sheet.getCountries()) });
                }
                continue;
            }
            for (FigureSection section : sheet.getSections()) {
                if (criterion.subList(1, criterion.size()).contains(section.key())) {
                    section.rows().forEach(row -> lines.add(row(row, label, counts, percent)));
                }
            }
        }
        if (!sheet.getLinks().isEmpty()) {
            lines.add(new String[] { "h", label.apply("figures.table.links") });
            sheet.getLinks().stream().limit(40).forEach(link -> lines.add(new String[] { "f",
                    link.orgAName() + " – " + link.orgBName(), counts.format(link.weight()), "" }));
        }
        return lines;
    }

    private static String[] row(FigureRow row, Function<String, String> label, NumberFormat counts, NumberFormat percent) {
        return new String[] { "f", label.apply(row.getKey()), format(row.getValue(), row.isShare(), counts, percent),
                format(row.getPrevious(), row.isShare(), counts, percent) };
    }

    private static String format(Number value, boolean share, NumberFormat counts, NumberFormat percent) {
        if (value == null) {
            return "—";
        }
        return share ? percent.format(value.doubleValue()) : counts.format(value.longValue());
    }
}
