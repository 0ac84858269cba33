package org.clusterportal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sheet's tables as rows of cells (a {@link Number} or text), in the viewer's language through {@code label}
 * (a bundle key to its text): what the page shows, the CSV and XLSX files hold and the report prints.
 */
public final class FigureTables {

    /** The tables by name, as the CSV download names them ({@code ?table=}). */
    public static final List<String> NAMES = List.of("figures", "months", "attendance", "links");

    private FigureTables() {
    }

    public static List<List<Object>> table(String name, FigureSheet sheet, Function<String, String> label) {
        return switch (name) {
            case "figures" -> figures(sheet, label);
            case "months" -> months(sheet, label);
            case "attendance" -> attendance(sheet, label);
            case "links" -> links(sheet, label);
            default -> throw new IllegalArgumentException("No table " + name);
        };
    }

    static List<List<Object>> figures(FigureSheet sheet, Function<String, String> label) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(label.apply("figures.column.section"), label.apply("figures.column.figure"),
                label.apply("figures.column.value") + " " + sheet.getPeriod(),
                label.apply("figures.column.previous") + " " + sheet.getPreviousPeriod(), label.apply("figures.column.change")));
        for (FigureSection section : sheet.getSections()) {
            for (FigureRow row : section.rows()) {
                rows.add(cells(label.apply("figures.section." + section.key()), label.apply(row.getKey()), row.getValue(),
                        row.getPrevious(), row.getChange()));
            }
        }
        for (Map.Entry<String, java.math.BigDecimal> budget : sheet.getFundedBudgetEntries()) {
            rows.add(cells(label.apply("figures.section.proposals"), label.apply("figures.proposals.fundedBudget") + " (" + budget.getKey() + ")",
                    budget.getValue(), null, null));
        }
        return rows;
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? "" : value);
        }
        return cells;
    }

    static List<List<Object>> months(FigureSheet sheet, Function<String, String> label) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(label.apply("figures.column.month")));
        sheet.getActivityKinds().forEach(kind -> header.add(label.apply(kind)));
        rows.add(header);
        for (MonthActivity month : sheet.getMonths()) {
            List<Object> row = new ArrayList<>(List.of(month.getMonth()));
            row.addAll(month.getCounts());
            rows.add(row);
        }
        return rows;
    }

    static List<List<Object>> attendance(FigureSheet sheet, Function<String, String> label) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(label.apply("figures.column.organisation"), label.apply(FigureKeys.EVENTS_ATTENDANCE)));
        sheet.getAttendance().forEach(entry -> rows.add(List.of(entry.name(), entry.count())));
        return rows;
    }

    static List<List<Object>> links(FigureSheet sheet, Function<String, String> label) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(label.apply("figures.column.organisation"), label.apply("figures.column.cluster"), label.apply("figures.column.organisation"),
                label.apply("figures.column.cluster"), label.apply("figures.column.kinds"), label.apply("figures.column.weight")));
        for (CooperationLink link : sheet.getLinks()) {
            rows.add(cells(link.orgAName(), link.orgACluster(), link.orgBName(), link.orgBCluster(),
                    link.kinds().stream().sorted().map(kind -> label.apply("figures.link." + kind.name())).collect(Collectors.joining(", ")),
                    link.weight()));
        }
        return rows;
    }
}
