package org.clusterportal.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.clusterportal.platform.security.CurrentViewer;
import org.clusterportal.platform.security.Role;
import org.clusterportal.platform.security.Viewer;

/**
 * Who is using the portal in this session: nobody yet (a visitor) or a signed-in person. Filled by
 * {@link LoginFilter} at the first request after login; the language is kept here for visitors too.
 */
@Named
@SessionScoped
public class CurrentPerson implements Serializable, CurrentViewer {

    private static final long serialVersionUID = 1L;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PersonService personService;

    private Long id;
    private String subject;
    private String displayName;
    private Language language;
    private Instant since;

    void loggedIn(Person person) {
        since = Instant.now();
        id = person.getId();
        subject = person.getSubject();
        displayName = person.getDisplayName();
        if (person.getLanguage() != null) {
            language = person.getLanguage();
        }
        else if (language != null) {
            // A visitor who chose a language before logging in keeps it.
            personService.chooseLanguage(id, language);
        }
    }

    boolean isLoggedInAs(String otherSubject) {
        return subject != null && subject.equals(otherSubject);
    }

    /** When this session learnt who it is: a change of the person's roles after that ends it (LoginFilter). */
    Instant since() {
        return since;
    }

    public boolean isLoggedIn() {
        return id != null;
    }

    public Optional<Long> findId() {
        return Optional.ofNullable(id);
    }

    /** Who asks, for the services' access checks. */
    @Override
    public Viewer viewer() {
        return id == null ? Viewer.VISITOR : new Viewer(id, isAdmin());
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isMember() {
        return request.isUserInRole(Role.MEMBER) || isCoordinator() || isAdmin();
    }

    public boolean isCoordinator() {
        return request.isUserInRole(Role.COORDINATOR);
    }

    public boolean isAdmin() {
        return request.isUserInRole(Role.ADMIN);
    }

    /** The chosen language, else the best match of the browser's languages (faces-config lists them). */
    public Locale getLocale() {
        if (language != null) {
            return language.locale();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    public Language getLanguage() {
        return Language.of(getLocale().toLanguageTag()).orElse(Language.EN);
    }

    public String getLanguageCode() {
        return getLanguage().code();
    }

    /** The address of this page in another language: the same query, with {@code lang} set (see LanguageFilter). */
    public String languageLink(String code) {
        return "?" + LanguageFilter.withoutLanguage(request.getQueryString())
                .map(query -> query + "&")
                .orElse("") + LanguageFilter.PARAMETER + "=" + code;
    }

    /** The language switch: remembered for the session, and for the person when signed in. */
    public void changeLanguage(Language chosen) {
        language = chosen;
        findId().ifPresent(personId -> personService.chooseLanguage(personId, chosen));
    }
}
