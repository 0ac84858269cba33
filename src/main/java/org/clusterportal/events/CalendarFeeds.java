package org.clusterportal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.config.QueryHints;

import org.clusterportal.agreements.Reach;
import org.clusterportal.people.Person;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * What the calendar feeds read, without a login: the public events, and a person's events at the secret address
 * of their {@link CalendarToken}, which they make and renew here. Each feed is one query, however many events it lists.
 */
@Stateless
public class CalendarFeeds {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditLog auditLog;

    /** Public events (published or cancelled, so subscribers see the cancellation) ending after {@code from}. */
    public List<Event> publicEvents(@NotNull Instant from, @Min(1) @Max(500) int limit) {
        return entityManager.createQuery("""
                select e from Event e join fetch e.organiser join fetch e.coordinator
                where e.reach = :public and e.status <> :draft and e.endsAt > :from order by e.startsAt, e.id""", Event.class)
                .setParameter("public", Reach.PUBLIC)
                .setParameter("draft", EventStatus.DRAFT)
                .setParameter("from", from)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The secret address part of the viewer's calendar feed, made at the first request. */
    public String calendarToken(@NotNull Viewer viewer) {
        return tokenOf(viewer).getToken();
    }

    /** A new secret: the old address of the feed stops working. */
    public String renewCalendarToken(@NotNull Viewer viewer) {
        CalendarToken token = tokenOf(viewer);
        token.renew();
        return token.getToken();
    }

    private CalendarToken tokenOf(Viewer viewer) {
        if (viewer.isVisitor()) {
            throw auditLog.refusal(viewer, "Calendar of a visitor");
        }
        return entityManager.createQuery("select t from CalendarToken t where t.person.id = :person", CalendarToken.class)
                .setParameter("person", viewer.personId())
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    CalendarToken token = new CalendarToken(entityManager.find(Person.class, viewer.personId()));
                    entityManager.persist(token);
                    return token;
                });
    }

    /**
     * The registrations in the feed of the token's person: of the last 90 days and to come, cancelled ones
     * included so that calendars remove them. Empty for an unknown (or revoked) token.
     */
    public List<Registration> feedOf(@NotNull @Size(max = 64) String token) {
        return entityManager.createQuery("""
                select r from Registration r join fetch r.event e, CalendarToken t
                where t.token = :token and r.person = t.person and e.status <> :draft and e.endsAt > :since
                order by e.startsAt""", Registration.class)
                .setParameter("token", token)
                .setParameter("draft", EventStatus.DRAFT)
                .setParameter("since", Instant.now().minus(Duration.ofDays(90)))
                .setHint(QueryHints.FETCH, "r.person")
                .setHint(QueryHints.FETCH, "r.event.organiser")
                .setHint(QueryHints.FETCH, "r.event.coordinator")
                .setMaxResults(500)
                .getResultList();
    }

    /** Whether a feed address is (still) valid, when it lists nothing. */
    public boolean isCalendarToken(@NotNull String token) {
        return entityManager.createQuery("select count(t) from CalendarToken t where t.token = :token", Long.class)
                .setParameter("token", token).getSingleResult() > 0;
    }
}
