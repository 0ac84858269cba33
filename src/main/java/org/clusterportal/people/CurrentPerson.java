package org.clusterportal.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.clusterportal.platform.security.CurrentViewer;
import org.clusterportal.platform.security.Role;
import org.clusterportal.platform.security.Viewer;

/**
 * Who is using the portal: nobody yet (a visitor) or a signed-in person. Filled by {@link LoginFilter} at the
 * first request after login; the language is kept for visitors too.
 * <p>
 * Request-scoped on purpose: what lasts is kept in {@link SessionPerson}, which is read only when the request
 * already has a session. A visitor's pages, probes and feeds ask this bean on every request (the template's
 * header, the login filter); were it session-scoped, each of those requests would open a session of its own.
 */
@Named
@RequestScoped
public class CurrentPerson implements CurrentViewer {

    @Inject
    private HttpServletRequest request;

    @Inject
    private PersonService personService;

    @Inject
    private SessionPerson sessionPerson;

    void loggedIn(Person person) {
        sessionPerson.signIn(person);
        if (person.getLanguage() == null && sessionPerson.language() != null) {
            // A visitor who chose a language before logging in keeps it.
            personService.chooseLanguage(person.getId(), sessionPerson.language());
        }
    }

    boolean isLoggedInAs(String otherSubject) {
        return otherSubject != null && otherSubject.equals(session().map(SessionPerson::subject).orElse(null));
    }

    /** When this session learnt who it is: a change of the person's roles after that ends it (LoginFilter). */
    Instant since() {
        return session().map(SessionPerson::since).orElse(null);
    }

    /** The zone stored on the signed-in person (SessionPerson holds it from login on), if any. */
    public Optional<ZoneId> storedZone() {
        return session().map(SessionPerson::zone);
    }

    /**
     * The zone of the person's browser, first known: stored on the signed-in person, who keeps it on every page
     * and device from then on. A zone already stored (the browser's or chosen) stays.
     */
    public void learnZone(ZoneId zone) {
        session().filter(person -> person.id() != null && person.zone() == null).ifPresent(person -> {
            personService.learnTimeZone(person.id(), zone);
            person.zone(zone);
        });
    }

    /** The zone chosen in the profile, for the rest of the session. */
    public void zoneChosen(ZoneId zone) {
        session().ifPresent(person -> person.zone(zone));
    }

    public boolean isLoggedIn() {
        return findId().isPresent();
    }

    public Optional<Long> findId() {
        return session().map(SessionPerson::id);
    }

    /** Who asks, for the services' access checks. */
    @Override
    public Viewer viewer() {
        return findId().map(id -> new Viewer(id, isAdmin())).orElse(Viewer.VISITOR);
    }

    public String getDisplayName() {
        return session().map(SessionPerson::displayName).orElse(null);
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

    /** The language a link from another site asked for this page, else the chosen one, else the best match of the browser's languages (faces-config lists them). */
    public Locale getLocale() {
        if (request.getAttribute(LanguageFilter.VIEW_ONLY) instanceof Language viewOnly) {
            return viewOnly.locale();
        }
        Optional<Language> chosen = session().map(SessionPerson::language);
        if (chosen.isPresent()) {
            return chosen.get().locale();
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

    /**
     * The language switch: remembered for the session, and for the person when signed in. A visitor's choice
     * opens a session: it is the one thing a visitor asks the portal to remember.
     */
    public void changeLanguage(Language chosen) {
        sessionPerson.choose(chosen);
        findId().ifPresent(personId -> personService.chooseLanguage(personId, chosen));
    }

    /** The session's part, if the request has a session already: asking for it must not open one. */
    private Optional<SessionPerson> session() {
        return request.getSession(false) == null ? Optional.empty() : Optional.of(sessionPerson);
    }
}
