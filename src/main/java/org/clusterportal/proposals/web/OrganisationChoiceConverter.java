package org.clusterportal.proposals.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.clusterportal.proposals.OrganisationChoice;

/**
 * An organisation picked in an autocomplete, as {@code id:name} in the page: the id is what the service acts on
 * (and checks), the name only shows the pick again when the form comes back with a refusal, without a query.
 */
@FacesConverter(forClass = OrganisationChoice.class)
public class OrganisationChoiceConverter implements Converter<OrganisationChoice> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationChoice choice) {
        return choice == null ? "" : choice.getId() + ":" + choice.getName();
    }

    @Override
    public OrganisationChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return new OrganisationChoice(Long.valueOf(colon < 0 ? value : value.substring(0, colon)),
                    colon < 0 ? "" : value.substring(colon + 1));
        }
        catch (NumberFormatException notAnId) {
            throw new ConverterException(notAnId);
        }
    }
}
