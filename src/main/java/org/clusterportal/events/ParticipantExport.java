package org.clusterportal.events;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The registrations of an event as a table (CSV or XLSX), with the answers to its questions. A value that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is written with a
 * leading apostrophe, so that what a person typed stays text.
 */
public final class ParticipantExport {

    private ParticipantExport() {
    }

    /** The header row and one row per registration, in the order given; labels are in the reader's language. */
    public static List<List<String>> rows(Event event, List<Registration> registrations, List<String> headers,
            java.util.function.Function<RegistrationState, String> stateLabel) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(headers);
        event.getQuestions().forEach(question -> header.add(question.getLabel()));
        rows.add(header);
        for (Registration registration : registrations) {
            List<String> row = new ArrayList<>();
            row.add(registration.getPerson().getFirstName());
            row.add(registration.getPerson().getLastName());
            row.add(registration.getPerson().getEmail() == null ? "" : registration.getPerson().getEmail());
            row.add(stateLabel.apply(registration.getState()));
            row.add(String.valueOf(registration.getArrival()));
            row.add(registration.isAttended() ? "x" : "");
            List<String> answers = registration.getAnswers();
            for (int i = 0; i < event.getQuestions().size(); i++) {
                row.add(i < answers.size() && answers.get(i) != null ? answers.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The value as a spreadsheet shows it as text. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    /** CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the Polish letters). */
    public static void csv(List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        for (List<String> row : rows) {
            List<String> cells = row.stream().map(ParticipantExport::neutralised)
                    .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList();
            writer.write(String.join(",", cells));
            writer.write("\r\n");
        }
        writer.flush();
    }

    public static void xlsx(List<List<String>> rows, String sheetName, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    // Text cells never run as formulas; neutralised anyway, for readers that re-save as CSV.
                    row.createCell(c).setCellValue(neutralised(cells.get(c)));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
