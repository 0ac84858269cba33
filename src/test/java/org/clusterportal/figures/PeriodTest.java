package org.clusterportal.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void theLastTwelveMonthsEndTodayAndStartTheDayAfterTheSameDayAYearAgo() {
        Period period = Period.lastTwelveMonths(LocalDate.of(2026, 12, 3));
        assertThat(period.getFirst()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(period.getLast()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(period.months()).hasSize(13).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void theFirstInstantCountsAndTheMidnightAfterTheLastDayDoesNot() {
        Period period = Period.quarter(2026, 2);
        assertThat(period.contains(Instant.parse("2026-04-01T00:00:00Z"))).isTrue();
        assertThat(period.contains(Instant.parse("2026-06-30T23:59:59.999Z"))).isTrue();
        assertThat(period.contains(Instant.parse("2026-07-01T00:00:00Z"))).isFalse();
        assertThat(period.contains(Instant.parse("2026-03-31T23:59:59.999Z"))).isFalse();
        assertThat(period.until()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void thePreviousPeriodHasTheSameNumberOfDaysAndEndsTheDayBefore() {
        Period year = Period.year(2024);
        assertThat(year.previous()).isEqualTo(Period.custom(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31)));
        assertThat(Period.quarter(2026, 1).previous())
                .isEqualTo(Period.custom(LocalDate.of(2025, 10, 3), LocalDate.of(2025, 12, 31)));
        Period oneDay = Period.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(oneDay.previous()).isEqualTo(Period.custom(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrLongerThanFiveYearsIsRefused() {
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
