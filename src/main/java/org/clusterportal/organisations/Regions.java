package org.clusterportal.organisations;

import java.util.List;

/** Poland's voivodeships, the regions of Polish organisations, named as the directory stores them. */
public final class Regions {

    public static final String POLAND = "PL";

    public static final List<String> VOIVODESHIPS = List.of("dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie",
            "łódzkie", "małopolskie", "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
            "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie");

    private Regions() {
    }
}
