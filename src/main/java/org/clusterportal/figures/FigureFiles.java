package org.clusterportal.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sheet as files: one CSV per table, an XLSX workbook with a worksheet per table (numbers as numbers). */
public final class FigureFiles {

    private FigureFiles() {
    }

    public static void csv(List<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        for (List<Object> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(csvCell(row.get(i)));
            }
            writer.write(line.append("\r\n").toString());
        }
        writer.flush();
    }

    /** A number as it is; a text quoted, and neutralised when a spreadsheet would read it as a formula. */
    static String csvCell(Object value) {
        if (value instanceof Number) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        String text = String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    public static void xlsx(FigureSheet sheet, Function<String, String> label, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            for (String name : FigureTables.NAMES) {
                Sheet worksheet = workbook.createSheet(label.apply("figures.table." + name));
                List<List<Object>> rows = FigureTables.table(name, sheet, label);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = worksheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof Double fraction) {
                            cell.setCellValue(fraction);
                            cell.setCellStyle(percent);
                        }
                        else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        }
                        else {
                            cell.setCellValue(String.valueOf(value));
                        }
                    }
                }
                for (int c = 0; c < 6; c++) {
                    worksheet.setColumnWidth(c, 30 * 256);
                }
            }
            workbook.write(out);
        }
    }
}
