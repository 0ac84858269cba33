package org.clusterportal.platform.faces;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import org.clusterportal.platform.BusinessException;

/**
 * Messages for the person, from the resource bundle in the page's language: next to a field of a form, or at
 * the top of the page. Flash-kept, so they survive the redirect after a successful action.
 */
public final class Feedback {

    private Feedback() {
    }

    /**
     * Shows a refusal next to its field ({@code formId:field}) or, when it names none or the form has no such
     * field (a publication refused for its date, asked from the page's buttons), once at the top of the page.
     */
    public static void show(BusinessException refusal, String formId) {
        add(fieldOf(refusal, formId).orElse(null), FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(),
                refusal.getArguments());
    }

    /**
     * Shows a refusal next to its field or, when it names none, in the form's own messages
     * ({@code <p:messages for="formId">}): for a part of the page that answers by ajax (a discussion at the end of
     * a page), where the person looks is the form, not the top of the page.
     */
    public static void showInForm(BusinessException refusal, String formId) {
        add(fieldOf(refusal, formId).orElse(formId), FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(),
                refusal.getArguments());
    }

    private static Optional<String> fieldOf(BusinessException refusal, String formId) {
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        return refusal.getField().map(field -> formId + ":" + field).filter(clientId -> {
            try {
                return view.findComponent(clientId) != null;
            }
            catch (IllegalArgumentException notANamingContainer) {
                return false;
            }
        });
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
