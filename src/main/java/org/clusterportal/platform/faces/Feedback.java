package org.clusterportal.platform.faces;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.clusterportal.platform.BusinessException;

/**
 * Messages for the person, from the resource bundle in the page's language: next to a field of a form, or at
 * the top of the page. Flash-kept, so they survive the redirect after a successful action.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Shows a refusal next to its field ({@code formId:field}) or, when it names none, at the top. */
    public static void show(BusinessException refusal, String formId) {
        String clientId = refusal.getField().map(field -> formId + ":" + field).orElse(null);
        add(clientId, FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(), refusal.getArguments());
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Something went only partly as asked (an account made, its e-mail not sent): kept across the redirect. */
    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "i18n");
        String text = new MessageFormat(bundle.getString(key), context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        context.validationFailed();
    }
}
