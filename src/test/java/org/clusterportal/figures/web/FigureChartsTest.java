package org.clusterportal.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class FigureChartsTest {

    @Test
    void aLongBarLabelIsWrappedAtSpacesAndAShortOneIsOneLine() {
        assertThat(FigureCharts.lines("Wysłane zgłoszenia zainteresowania"))
                .isEqualTo(Json.createArrayBuilder().add("Wysłane zgłoszenia").add("zainteresowania").build());
        assertThat(FigureCharts.lines("odrzucone")).isEqualTo(Json.createArrayBuilder().add("odrzucone").build());
        assertThat(FigureCharts.lines("Śląski Uniwersytet Medyczny w Katowicach")).hasSize(3);
        assertThat(FigureCharts.lines("Konstantynopolitańczykowianeczka")).as("one word too long stays whole").hasSize(1);
    }
}
