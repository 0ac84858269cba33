package org.clusterportal.organisations.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** ISO 3166 countries named in the viewer's language, by name: the choices of an organisation's country. */
@Named
@ApplicationScoped
public class Countries {

    public List<String> codes(Locale viewer) {
        Collator collator = Collator.getInstance(viewer);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> name(code, viewer), collator))
                .toList();
    }

    public String name(String code, Locale viewer) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(viewer);
    }
}
