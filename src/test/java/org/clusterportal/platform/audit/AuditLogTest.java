package org.clusterportal.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The CSV cells of the export, without a container. */
class AuditLogTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStayText() {
        assertThat(AuditLog.csvCell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditLog.csvCell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditLog.csvCell("-1")).isEqualTo("\"'-1\"");
        assertThat(AuditLog.csvCell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditLog.csvCell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(AuditLog.csvCell("Ewa Nowak")).isEqualTo("\"Ewa Nowak\"");
        assertThat(AuditLog.csvCell(null)).isEqualTo("\"\"");
    }

    @Test
    void aLineIsQuotedCellsEndedByCrLf() {
        assertThat(AuditLog.csvLine(Stream.of("a", "b,c", "d\ne"))).isEqualTo("\"a\",\"b,c\",\"d\ne\"\r\n");
    }
}
