package org.clusterportal.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The downloads of a sheet, on a hand-made one: the CSV safe to open, the workbook and the report with the sheet's numbers in Polish. */
class FigureFilesTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private final Function<String, String> label = ResourceBundle.getBundle("org.clusterportal.i18n.messages", POLISH)::getString;
    private final ClusterFamilies families = new ClusterFamilies(Set.of(1L, 2L), List.of(new long[] { 11, 1 }, new long[] { 21, 2 }));
    private final SheetBuilder.Organisations known = new SheetBuilder.Organisations(Map.of(1L, "Śląski Klaster", 2L, "Klaster Łódź", 11L,
            "Żółta Sp. z o.o.", 21L, "Politechnika Łódzka"), Map.of(11L, "PL", 21L, "PL"),
            Map.of(11L, "Śląski Klaster", 21L, "Klaster Łódź", 1L, "Śląski Klaster", 2L, "Klaster Łódź"), families);

    private FigureSheet sheet() {
        Tally now = new Tally();
        now.add(FigureKeys.OFFERS, 7);
        now.add(FigureKeys.INTERESTS_SENT, 5);
        now.actors.addAll(Set.of(11L, 21L));
        Tally before = new Tally();
        before.add(FigureKeys.OFFERS, 2);
        LinkTally links = new LinkTally(families);
        links.add(LinkKind.INTEREST, 11, 21, 2);
        return new SheetBuilder(Period.year(2026), false, Set.of(11L, 21L)).build(now, before, links, new LinkTally(families), known, known);
    }

    @Test
    void aCsvCellThatASpreadsheetWouldReadAsAFormulaIsNeutralisedAndQuotesAreDoubled() {
        assertThat(FigureFiles.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FigureFiles.csvCell("+1")).isEqualTo("\"'+1\"");
        assertThat(FigureFiles.csvCell("-1")).isEqualTo("\"'-1\"");
        assertThat(FigureFiles.csvCell("@SUM")).isEqualTo("\"'@SUM\"");
        assertThat(FigureFiles.csvCell("Łódź")).isEqualTo("\"Łódź\"");
        assertThat(FigureFiles.csvCell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(FigureFiles.csvCell(7L)).isEqualTo("7");
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndEndsItsLinesAsSpreadsheetsExpect() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureFiles.csv(List.of(List.of("a", 1), List.of("b", 2)), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"a\",1\r\n\"b\",2\r\n");
    }

    @Test
    void theWorkbookHoldsTheSheetsNumbersAsNumbersUnderPolishLabels() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureFiles.xlsx(sheet(), label, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(FigureTables.NAMES.size());
            Sheet figures = workbook.getSheetAt(0);
            assertThat(valueOf(figures, label.apply(FigureKeys.OFFERS))).isEqualTo(7);
            assertThat(valueOf(figures, label.apply(FigureKeys.INTERESTS_SENT))).isEqualTo(5);
            Sheet linksSheet = workbook.getSheet(label.apply("figures.table.links"));
            assertThat(linksSheet.getRow(1).getCell(0).getStringCellValue() + linksSheet.getRow(1).getCell(2).getStringCellValue())
                    .contains("Żółta Sp. z o.o.").contains("Politechnika Łódzka");
        }
    }

    @Test
    void theReportIsAPdfInPolishWithTheSheetsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureReport.write(sheet(), "Porozumienie śląsko-łódzkie", label, POLISH, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Porozumienie śląsko-łódzkie").contains(label.apply(FigureKeys.OFFERS))
                    .contains("Żółta Sp. z o.o.");
            assertThat(text).containsPattern(label.apply(FigureKeys.OFFERS).replaceAll("[()]", ".") + ".*7");
        }
    }

    private static double valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && label.equals(row.getCell(1).getStringCellValue())) {
                return row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("No row " + label);
    }
}
