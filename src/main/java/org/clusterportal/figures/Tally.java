package org.clusterportal.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The raw numbers of one scope and period as the grouped queries returned them, before shares and comparisons. */
final class Tally {

    /** Counts by figure key ({@link FigureKeys}). */
    final Map<String, Long> counts = new TreeMap<>();
    /** The estimated budget of the proposals funded in the period, by currency. */
    final Map<String, BigDecimal> fundedBudget = new TreeMap<>();
    /** Per month, per kind of activity ({@link FigureKeys#ACTIVITY_KINDS}). */
    final Map<YearMonth, Map<String, Long>> monthly = new TreeMap<>();
    /** (organiser id, attendee's organisation id, attendances), grouped in the database. */
    final List<long[]> attendance = new ArrayList<>();
    /** The organisations that did something in the period (any kind). */
    final Set<Long> actors = new HashSet<>();
    /** Pairs of organisations met by the grouped queries that did something together (before cluster families are asked). */
    final List<Together> together = new ArrayList<>();

    /** Two organisations that did something of one kind together, {@code times} times. */
    record Together(LinkKind kind, long one, long other, long times) {
    }

    long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    void add(String key, long value) {
        counts.merge(key, value, Long::sum);
    }

    void addMonthly(YearMonth month, String kind, long value) {
        monthly.computeIfAbsent(month, key -> new TreeMap<>()).merge(kind, value, Long::sum);
    }
}
