package org.clusterportal.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Role;
import org.clusterportal.platform.security.Viewer;

/**
 * The people the portal knows: created at their first login, kept up to date at each later one. Methods
 * without a role of their own are open to every caller ({@code @PermitAll}): WildFly denies unannotated
 * methods of a bean that names roles anywhere.
 */
@Stateless
@PermitAll
public class PersonService {

    @PersistenceContext
    private EntityManager entityManager;

    /** Records a login: creates the person at their first, copies Keycloak's name and e-mail at every later one. */
    public Person logIn(@NotNull AccountClaims claims) {
        Instant now = Instant.now();
        return findBySubject(claims.subject())
                .map(person -> {
                    person.loggedIn(claims, now);
                    return person;
                })
                .orElseGet(() -> {
                    Person person = Person.firstLogin(claims, now);
                    entityManager.persist(person);
                    return person;
                });
    }

    public Optional<Person> findBySubject(@NotNull String subject) {
        return entityManager.createQuery("select p from Person p where p.subject = :subject", Person.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /** A person's own profile, changed only by that person; a change made meanwhile elsewhere is refused. */
    public Person editProfile(@NotNull Viewer viewer, @NotNull @Valid ProfileForm form) {
        Person person = viewer.findPersonId().map(id -> entityManager.find(Person.class, id))
                .orElseThrow(() -> new AccessDeniedException("Profile"));
        person.checkVersion(form.getVersion());
        if (form.getPhone() != null && !form.getPhone().matches("[+0-9 ()./-]*")) {
            throw BusinessException.onField("phone", "profile.phone.invalid");
        }
        person.editProfile(form.getJobTitle(), form.getPhone(), form.getLanguages(), form.getExpertise(),
                form.getContactVisibility());
        if (form.getTimeZone() != null) {
            person.chooseTimeZone(form.getTimeZone());
        }
        return person;
    }

    /** A person's page is for signed-in people. */
    public Optional<Person> find(@NotNull Viewer viewer, @NotNull Long id) {
        return viewer.isVisitor() ? Optional.empty() : Optional.ofNullable(entityManager.find(Person.class, id));
    }

    /** Whether an administrator changed the person's roles or account after the given moment. */
    public boolean rolesChangedSince(@NotNull Long personId, @NotNull Instant since) {
        return entityManager.createQuery("""
                select count(p) from Person p where p.id = :person and p.rolesChangedAt > :since""", Long.class)
                .setParameter("person", personId)
                .setParameter("since", since)
                .getSingleResult() > 0;
    }

    /** The zone of the signed-in person's browser, stored once (a zone chosen in the profile is never replaced). */
    public void learnTimeZone(@NotNull Long personId, @NotNull ZoneId zone) {
        Person person = entityManager.find(Person.class, personId);
        if (person != null && person.getTimeZone() == null) {
            person.chooseTimeZone(zone.getId());
        }
    }

    /** A person's own choice of language; only ever called with the signed-in person's id. */
    public void chooseLanguage(@NotNull Long personId, @NotNull Language language) {
        Person person = entityManager.find(Person.class, personId);
        if (person != null) {
            person.chooseLanguage(language);
        }
    }

    @RolesAllowed(Role.ADMIN)
    public List<Person> list(@Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return entityManager.createQuery("select p from Person p order by p.lastName, p.firstName, p.id", Person.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /**
     * The people whose name or username holds every typed word, by name, at most {@code limit} (admins): the
     * suggestions of a person picker, asked as the admin types rather than loaded whole.
     */
    public List<Person> named(@NotNull Viewer viewer, String typed, @Min(1) @Max(50) int limit) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("People");
        }
        List<String> words = SearchWords.of(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        return new Where().containsWords(words, "p.firstName", "p.lastName", "p.username")
                .query(entityManager, "select p from Person p", " order by p.lastName, p.firstName, p.id", Person.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN)
    public long count() {
        return entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }
}
