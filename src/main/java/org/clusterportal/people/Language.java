package org.clusterportal.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks; every page and message exists in each. */
public enum Language {
    PL,
    EN;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a locale or language tag ("pl-PL", "en"), if the portal speaks it. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(value -> value.code().equals(language)).findFirst();
    }
}
