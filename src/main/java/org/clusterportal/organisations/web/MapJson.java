package org.clusterportal.organisations.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.clusterportal.organisations.Gazetteer.Precision;
import org.clusterportal.organisations.Located;
import org.clusterportal.organisations.OrganisationMap;

/**
 * The places of a map as the JSON that resources/portal/map.js draws (in a data attribute, so the page needs no
 * inline script): {@code [{"lat", "lon", "label", "approximate", "organisations": [{"id", "name"}]}]}.
 */
@Named
@ApplicationScoped
public class MapJson {

    @Inject
    private Countries countries;

    public String of(OrganisationMap.Result map, Locale viewer) {
        JsonArrayBuilder places = Json.createArrayBuilder();
        for (OrganisationMap.Place place : map.places()) {
            JsonArrayBuilder organisations = Json.createArrayBuilder();
            for (Located organisation : place.organisations()) {
                organisations.add(Json.createObjectBuilder().add("id", organisation.id()).add("name", organisation.name()));
            }
            places.add(Json.createObjectBuilder()
                    .add("lat", place.position().latitude())
                    .add("lon", place.position().longitude())
                    .add("label", label(place, viewer))
                    .add("approximate", place.position().precision() != Precision.CITY)
                    .add("organisations", organisations));
        }
        return places.build().toString();
    }

    /** A place as the viewer calls it: a city or region as the directory writes it, a country in their language. */
    public String label(OrganisationMap.Place place, Locale viewer) {
        return place.position().precision() == Precision.COUNTRY ? countries.name(place.label(), viewer) : place.label();
    }
}
