package org.clusterportal.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A {@link Choice} in the page as {@code id:label}. The label travels with the id, so a request-scoped bean
 * shows the pick again when a form comes back with a refusal, with no query and no map of earlier suggestions
 * kept in the view. A label sent back altered changes only what that person sees: the services act on the id
 * and check it.
 */
@FacesConverter(forClass = Choice.class)
public class ChoiceConverter implements Converter<Choice> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice choice) {
        return choice == null ? "" : choice.toString();
    }

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return new Choice(Long.valueOf(colon < 0 ? value : value.substring(0, colon)),
                    colon < 0 ? "" : value.substring(colon + 1));
        }
        catch (NumberFormatException notAnId) {
            throw new ConverterException(notAnId);
        }
    }
}
