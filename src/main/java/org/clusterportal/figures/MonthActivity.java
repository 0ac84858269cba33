package org.clusterportal.figures;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** One month of the activity chart: the counts of {@link FigureKeys#ACTIVITY_KINDS}, in that order. */
public record MonthActivity(YearMonth month, List<Long> counts) implements Serializable {

    public String getMonth() {
        return month.toString();
    }

    public List<Long> getCounts() {
        return counts;
    }
}
