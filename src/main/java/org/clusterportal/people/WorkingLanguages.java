package org.clusterportal.people;

import java.util.List;
import java.util.Locale;

/**
 * The languages a person can say they work in: those of the European Union and its neighbours where the
 * signatories' partners are, as ISO 639-1 codes. Named in the viewer's language by the JDK.
 */
public final class WorkingLanguages {

    public static final List<String> CODES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
            "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "uk");

    private WorkingLanguages() {
    }

    public static String name(String code, Locale viewer) {
        return Locale.forLanguageTag(code).getDisplayLanguage(viewer);
    }
}
