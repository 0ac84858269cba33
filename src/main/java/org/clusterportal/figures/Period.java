package org.clusterportal.figures;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days the figures count, from the first to the last inclusive, in UTC (the database keeps instants in UTC,
 * and the months of the charts are grouped there). Compared with the previous period of the same length.
 */
public final class Period implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A custom period is at most five years: the monthly chart stays readable and the queries bounded. */
    static final long MAX_DAYS = 5 * 366;

    private final LocalDate first;
    private final LocalDate last;

    private Period(LocalDate first, LocalDate last) {
        this.first = Objects.requireNonNull(first);
        this.last = Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period ends on or after its first day: " + first + " – " + last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException("A period is at most five years: " + first + " – " + last);
        }
    }

    /** The default: the twelve months up to and including today. */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(today.minusMonths(12).plusDays(1), today);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Quarter 1–4 of the year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
        LocalDate first = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    /** The days from {@code first} to {@code last}, both included. */
    public static Period custom(LocalDate first, LocalDate last) {
        return new Period(first, last);
    }

    /** The period of the same number of days that ends the day before this one starts. */
    public Period previous() {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return new Period(first.minusDays(days), first.minusDays(1));
    }

    /** The first instant counted. */
    public Instant from() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant no longer counted (the day after the last, at midnight). */
    public Instant until() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from()) && instant.isBefore(until());
    }

    /** The months the period touches, in order: the columns of the monthly chart. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public LocalDate getFirst() {
        return first;
    }

    public LocalDate getLast() {
        return last;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && first.equals(period.first) && last.equals(period.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    @Override
    public String toString() {
        return first + " – " + last;
    }
}
