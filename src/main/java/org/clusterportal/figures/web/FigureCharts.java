package org.clusterportal.figures.web;

import java.util.List;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.clusterportal.figures.FigureKeys;
import org.clusterportal.figures.FigureSheet;
import org.clusterportal.figures.MonthActivity;
import org.clusterportal.figures.NamedCount;

/**
 * The Chart.js configurations of the figures page ({@code p:chart value}): JSON written here, no script in the
 * page, so the portal's CSP (PrimeFaces' nonce) holds. Colours tell the kinds apart; every chart has its table.
 */
final class FigureCharts {

    private static final int LINE = 18;
    private static final List<String> COLOURS = List.of("#1f6feb", "#2da44e", "#bf8700", "#8250df", "#cf222e", "#0a7ea4");

    private FigureCharts() {
    }

    static String activity(FigureSheet sheet, Function<String, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        sheet.getMonths().forEach(month -> labels.add(month.getMonth()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<String> kinds = FigureKeys.ACTIVITY_KINDS;
        for (int k = 0; k < kinds.size(); k++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (MonthActivity month : sheet.getMonths()) {
                data.add(month.getCounts().get(k));
            }
            datasets.add(Json.createObjectBuilder().add("label", label.apply(kinds.get(k))).add("data", data)
                    .add("backgroundColor", COLOURS.get(k)));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return chart("bar", labels, datasets, Json.createObjectBuilder()
                .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", counts().add("stacked", true))));
    }

    static String funnel(FigureSheet sheet, Function<String, String> label) {
        return bars(List.of(FigureKeys.INTERESTS_SENT, FigureKeys.INTERESTS_ANSWERED, FigureKeys.INTERESTS_MEETINGS, FigureKeys.INTERESTS_AGREEMENTS,
                FigureKeys.INTERESTS_DECLINED).stream().map(key -> new NamedCount(label.apply(key), sheet.count(key))).toList(),
                label.apply("figures.chart.funnel"), true);
    }

    static String proposals(FigureSheet sheet, Function<String, String> label) {
        return bars(List.of(FigureKeys.PROPOSALS_STARTED, FigureKeys.PROPOSALS_SUBMITTED, FigureKeys.PROPOSALS_FUNDED, FigureKeys.PROPOSALS_REJECTED)
                .stream().map(key -> new NamedCount(label.apply(key), sheet.count(key))).toList(),
                label.apply("figures.chart.proposals"), false);
    }

    static String attendance(FigureSheet sheet, Function<String, String> label) {
        return bars(sheet.getAttendance().stream().limit(12).toList(), label.apply(FigureKeys.EVENTS_ATTENDANCE), true);
    }

    private static String bars(List<NamedCount> bars, String title, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < bars.size(); i++) {
            labels.add(horizontal ? lines(bars.get(i).name()) : Json.createValue(bars.get(i).name()));
            data.add(bars.get(i).count());
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", counts()));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", title).add("data", data)
                .add("backgroundColor", colours)), options);
    }

    /**
     * A label of a horizontal bar as lines of about {@value #LINE} characters (Chart.js draws an array as lines),
     * so that a long Polish label is wrapped beside its bar on a phone instead of cut off at the edge.
     */
    static JsonArray lines(String label) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.add(line.toString()).build();
    }

    /** An axis of counts: from zero, whole numbers only (no "2.5 events" between ticks). */
    private static JsonObjectBuilder counts() {
        return Json.createObjectBuilder().add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        options.add("responsive", true).add("maintainAspectRatio", false).add("animation", false);
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
