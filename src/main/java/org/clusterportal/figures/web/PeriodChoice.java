package org.clusterportal.figures.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.clusterportal.figures.Period;

/**
 * The period a figures page or download was asked for ({@code from}/{@code to}, ISO dates), or the last twelve
 * months when none (or no valid one) was; and the periods offered as one-click choices.
 */
public final class PeriodChoice {

    private PeriodChoice() {
    }

    /**
     * The period of the address ({@code from}, {@code to}), or the default (the last twelve months) with the reason
     * a typed period was refused, so the page can say so instead of quietly showing another period.
     */
    public static Typed of(String from, String to, LocalDate today) {
        boolean fromGiven = from != null && !from.isBlank();
        boolean toGiven = to != null && !to.isBlank();
        if (!fromGiven && !toGiven) {
            return new Typed(Period.lastTwelveMonths(today), null);
        }
        try {
            if (!fromGiven || !toGiven) {
                return refused(today, "figures.period.refused.date");
            }
            LocalDate first = LocalDate.parse(from.strip());
            LocalDate last = LocalDate.parse(to.strip());
            if (last.isBefore(first)) {
                return refused(today, "figures.period.refused.order");
            }
            return new Typed(Period.custom(first, last), null);
        }
        catch (DateTimeParseException e) {
            return refused(today, "figures.period.refused.date");
        }
        catch (IllegalArgumentException e) {
            return refused(today, "figures.period.refused.long");
        }
    }

    private static Typed refused(LocalDate today, String reason) {
        return new Typed(Period.lastTwelveMonths(today), reason);
    }

    /** The period shown, and the bundle key of why the typed one was refused ({@code null} when it was not). */
    public record Typed(Period period, String refusal) {
    }

    /** A choice: its label's bundle key, the argument of the label ({0}), the period. */
    public record Choice(String labelKey, String argument, Period period) {

        public String getLabelKey() {
            return labelKey;
        }

        public String getArgument() {
            return argument;
        }

        public Period getPeriod() {
            return period;
        }
    }

    /** The last twelve months, this year and the last, and the last four quarters. */
    public static List<Choice> choices(LocalDate today) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("figures.period.last12", "", Period.lastTwelveMonths(today)));
        choices.add(new Choice("figures.period.year", String.valueOf(today.getYear()), Period.year(today.getYear())));
        choices.add(new Choice("figures.period.year", String.valueOf(today.getYear() - 1), Period.year(today.getYear() - 1)));
        int year = today.getYear();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        for (int i = 0; i < 4; i++) {
            choices.add(new Choice("figures.period.quarter", "Q" + quarter + " " + year, Period.quarter(year, quarter)));
            quarter--;
            if (quarter == 0) {
                quarter = 4;
                year--;
            }
        }
        return choices;
    }
}
