package org.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What people typed reaches the spreadsheet as text: formulas are neutralised, quotes and commas kept. */
class ParticipantExportTest {

    private static final List<List<String>> ROWS = List.of(
            List.of("First name", "Answer"),
            List.of("=HYPERLINK(\"http://evil\")", "+48 123"),
            List.of("-2+3", "@SUM(A1)"),
            List.of("\tTab", "\rReturn"),
            List.of("Zażółć, \"gęślą\"", "plain"));

    @Test
    void formulaStartsAreNeutralised() {
        assertThat(ParticipantExport.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(ParticipantExport.neutralised("+1")).isEqualTo("'+1");
        assertThat(ParticipantExport.neutralised("-1")).isEqualTo("'-1");
        assertThat(ParticipantExport.neutralised("@A1")).isEqualTo("'@A1");
        assertThat(ParticipantExport.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(ParticipantExport.neutralised("\r=1")).isEqualTo("'\r=1");
        assertThat(ParticipantExport.neutralised("Anna")).isEqualTo("Anna");
        assertThat(ParticipantExport.neutralised(null)).isEmpty();
    }

    @Test
    void csvQuotesEveryCellAndKeepsPolishLetters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantExport.csv(ROWS, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"First name\",\"Answer\"\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\",\"'+48 123\"")
                .contains("\"'-2+3\",\"'@SUM(A1)\"")
                .contains("\"Zażółć, \"\"gęślą\"\"\",\"plain\"");
    }

    @Test
    void xlsxHoldsTextCellsOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantExport.xlsx(ROWS, "Szkolenie: [test]?", out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Zażółć, \"gęślą\"");
        }
    }
}
