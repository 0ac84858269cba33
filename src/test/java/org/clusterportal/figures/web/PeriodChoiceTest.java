package org.clusterportal.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.clusterportal.figures.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void noPeriodInTheAddressIsTheLastTwelveMonthsWithoutARefusal() {
        PeriodChoice.Typed typed = PeriodChoice.of(null, "", TODAY);
        assertThat(typed.period()).isEqualTo(Period.lastTwelveMonths(TODAY));
        assertThat(typed.refusal()).isNull();
    }

    @Test
    void twoDatesInOrderAreThatPeriod() {
        PeriodChoice.Typed typed = PeriodChoice.of("2026-01-01", " 2026-03-31 ", TODAY);
        assertThat(typed.period()).isEqualTo(Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(typed.refusal()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-31, 2026-01-01, figures.period.refused.order",
            "2015-01-01, 2026-01-01, figures.period.refused.long",
            "2026-13-01, 2026-12-31, figures.period.refused.date",
            "'1 OR 1=1', 2026-12-31, figures.period.refused.date",
            "2026-01-01, '', figures.period.refused.date"
    })
    void aPeriodTypedWrongIsTheDefaultWithTheReason(String from, String to, String reason) {
        PeriodChoice.Typed typed = PeriodChoice.of(from, to, TODAY);
        assertThat(typed.period()).isEqualTo(Period.lastTwelveMonths(TODAY));
        assertThat(typed.refusal()).isEqualTo(reason);
    }
}
