package org.clusterportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void languageTagsAndLocalesMapToThePortalsLanguages() {
        assertThat(Language.of("pl")).contains(Language.PL);
        assertThat(Language.of("pl-PL")).contains(Language.PL);
        assertThat(Language.of("en_GB")).contains(Language.EN);
        assertThat(Language.of("de")).isEmpty();
        assertThat(Language.of("")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
    }

    @Test
    void theSwitchKeepsTheRestOfTheQuery() {
        assertThat(LanguageFilter.withoutLanguage("lang=pl")).isEmpty();
        assertThat(LanguageFilter.withoutLanguage("id=5&lang=pl&tab=2")).contains("id=5&tab=2");
        assertThat(LanguageFilter.withoutLanguage("language=x")).contains("language=x");
        assertThat(LanguageFilter.withoutLanguage(null)).isEmpty();
    }
}
