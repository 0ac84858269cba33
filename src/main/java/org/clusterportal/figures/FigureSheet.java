package org.clusterportal.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one scope and period as a viewer may see them, beside the previous period's. A public summary
 * holds counts only: no attendance by organisation, no links, no countries named.
 */
public final class FigureSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Period period;
    private final boolean summary;
    private final List<FigureSection> sections;
    private final List<MonthActivity> months;
    private final List<NamedCount> attendance;
    private final Map<String, BigDecimal> fundedBudget;
    private final List<String> countries;
    private final List<CooperationLink> links;

    FigureSheet(Period period, boolean summary, List<FigureSection> sections, List<MonthActivity> months, List<NamedCount> attendance,
            Map<String, BigDecimal> fundedBudget, List<String> countries, List<CooperationLink> links) {
        this.period = period;
        this.summary = summary;
        this.sections = List.copyOf(sections);
        this.months = List.copyOf(months);
        this.attendance = summary ? List.of() : List.copyOf(attendance);
        this.fundedBudget = Map.copyOf(fundedBudget);
        this.countries = summary ? List.of() : List.copyOf(countries);
        this.links = summary ? List.of() : List.copyOf(links);
    }

    /** The figure of the key, wherever it is. */
    public Optional<FigureRow> figure(String key) {
        return sections.stream().flatMap(section -> section.rows().stream()).filter(row -> row.getKey().equals(key)).findFirst();
    }

    /** This period's whole-number value of a count (0 when absent). */
    public long count(String key) {
        return figure(key).map(row -> row.getValue() == null ? 0L : row.getValue().longValue()).orElse(0L);
    }

    public Period getPeriod() {
        return period;
    }

    public Period getPreviousPeriod() {
        return period.previous();
    }

    public boolean isSummary() {
        return summary;
    }

    public List<FigureSection> getSections() {
        return sections;
    }

    public List<MonthActivity> getMonths() {
        return months;
    }

    public List<String> getActivityKinds() {
        return FigureKeys.ACTIVITY_KINDS;
    }

    public List<NamedCount> getAttendance() {
        return attendance;
    }

    public Map<String, BigDecimal> getFundedBudget() {
        return fundedBudget;
    }

    public List<Map.Entry<String, BigDecimal>> getFundedBudgetEntries() {
        return fundedBudget.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public List<String> getCountries() {
        return countries;
    }

    public String getCountriesText() {
        return String.join(", ", countries);
    }

    public List<CooperationLink> getLinks() {
        return links;
    }
}
