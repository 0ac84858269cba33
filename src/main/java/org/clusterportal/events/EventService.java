package org.clusterportal.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.persistence.config.QueryHints;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.Viewer;

/**
 * Finding events and who may do what with them. A published event is seen by everybody when public, else by
 * whoever may see one of its agreements; drafts only by its organisers (its coordinator, the coordinators of its
 * agreements) and admins, who are also the only ones to change it. Every question of seeing goes through the
 * audience ({@link Audience}), lists in their query.
 */
@Stateless
public class EventService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private Audience audience;

    @Inject
    private Seats seats;

    @Inject
    private AuditLog auditLog;

    /** The events the viewer may see that match the filter, soonest first, a page at a time. */
    public List<Event> list(@NotNull Viewer viewer, @NotNull @Valid EventFilter filter, @NotNull ZoneId viewerZone,
            @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return withOrganisers(query(viewer, filter, viewerZone, "select e", " order by e.startsAt, e.id", Event.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull @Valid EventFilter filter, @NotNull ZoneId viewerZone) {
        return query(viewer, filter, viewerZone, "select count(e)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Viewer viewer, EventFilter filter, ZoneId zone, String select, String order, Class<T> type) {
        Where where = audience.restrict(new Where(), viewer, AudienceType.EVENT, "e.id")
                .containsWords(SearchWords.of(filter.getWords()), "e.title", "e.place")
                .andIf(filter.getType(), "e.type = :type", "type")
                .andIf(filter.getAgreementId(), "exists (select fe.id from Event fe join fe.agreements fa where fe = e and fa.id = :agreementId)",
                        "agreementId")
                .andIf(filter.getLanguage(), "e.language = :language", "language");
        if (filter.getFrom() != null) {
            where.and("e.endsAt >= :from", "from", filter.getFrom().atStartOfDay(zone).toInstant());
        }
        else if (!filter.isIncludePast()) {
            where.and("e.endsAt >= :from", "from", Instant.now());
        }
        if (filter.getTo() != null) {
            where.and("e.startsAt < :to", "to", filter.getTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.isOnlyWithSeats()) {
            where.and("e.status = :openEvent and (e.capacity is null or e.capacity > "
                    + "(select count(fr) from Registration fr where fr.event = e and fr.state = :confirmedState))")
                    .bind("openEvent", EventStatus.PUBLISHED).bind("confirmedState", RegistrationState.CONFIRMED);
        }
        return where.query(entityManager, select + " from Event e", order, type);
    }

    /** The listed events' organisations and coordinators in the same query, rather than one query for each. */
    private static TypedQuery<Event> withOrganisers(TypedQuery<Event> query) {
        return query.setHint(QueryHints.FETCH, "e.organiser").setHint(QueryHints.FETCH, "e.coordinator");
    }

    /** The events the viewer may see that overlap {@code [from, to)}: what a calendar view shows. */
    public List<Event> between(@NotNull Viewer viewer, @NotNull Instant from, @NotNull Instant to) {
        return withOrganisers(audience.restrict(new Where(), viewer, AudienceType.EVENT, "e.id")
                .and("e.startsAt < :to", "to", to)
                .and("e.endsAt > :from", "from", from)
                .query(entityManager, "select e from Event e", " order by e.startsAt, e.id", Event.class))
                .setMaxResults(500)
                .getResultList();
    }

    /** The ids among {@code ids} of the events the viewer may see, in one query (for notifications and discussions). */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        return audience.visibleAmong(viewer, AudienceType.EVENT, ids);
    }

    /** The event, if the viewer may see it: to anyone else it does not exist. */
    public Optional<Event> find(@NotNull Viewer viewer, @NotNull Long id) {
        return audience.find(viewer, AudienceType.EVENT, Event.class, id);
    }

    /** Its coordinator, the coordinators of its agreements, and admins. */
    public boolean canEdit(@NotNull Viewer viewer, @NotNull Event event) {
        return event.isOrganisedBy(viewer);
    }

    /** The event, for one of its organisers; refused (and audited) to anyone else. */
    public Event organisedBy(@NotNull Viewer viewer, @NotNull Long id) {
        return Optional.ofNullable(entityManager.find(Event.class, id)).filter(event -> event.isOrganisedBy(viewer))
                .orElseThrow(() -> auditLog.refusal(viewer, "Event " + id));
    }

    /** The online link is for those with a confirmed seat and the organisers: {@code null} for anyone else. */
    public String onlineLinkFor(@NotNull Viewer viewer, @NotNull Event event) {
        if (!event.isOnline()) {
            return null;
        }
        if (canEdit(viewer, event)) {
            return event.getOnlineLink();
        }
        return seats.registrationOf(viewer, event.getId()).filter(registration -> registration.getState() == RegistrationState.CONFIRMED)
                .map(registration -> event.getOnlineLink()).orElse(null);
    }

    /** The agreements the viewer may organise events for: those they coordinate; every one for admins. By title. */
    private List<Agreement> agreementsFor(Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        if (viewer.admin()) {
            return entityManager.createQuery("select a from Agreement a order by a.title", Agreement.class).getResultList();
        }
        return entityManager.createQuery("select distinct a from Agreement a join a.coordinators c where c.id = :viewer order by a.title",
                Agreement.class).setParameter("viewer", viewer.personId()).getResultList();
    }

    /**
     * The agreements the viewer may choose for an event they write ({@code null} for a new one): those they may
     * organise for, and those it is for already, so that an admin's or a co-organiser's choice stays when
     * another edits.
     */
    public List<Agreement> agreementsToChoose(@NotNull Viewer viewer, Long eventId) {
        Set<Agreement> agreements = new LinkedHashSet<>(agreementsFor(viewer));
        if (eventId != null) {
            agreements.addAll(organisedBy(viewer, eventId).getAgreements());
        }
        return List.copyOf(agreements);
    }

    /** Coordinators of an agreement and admins organise events. */
    public boolean canOrganise(@NotNull Viewer viewer) {
        return viewer.admin() || !viewer.isVisitor() && entityManager.createQuery(
                "select count(a) from Agreement a join a.coordinators c where c.id = :viewer", Long.class)
                .setParameter("viewer", viewer.personId()).getSingleResult() > 0;
    }

    /**
     * The organisations an event of the viewer may be organised by: their own, and the signatories of the
     * agreements they may organise events for.
     */
    public List<Organisation> organisersFor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        Set<Organisation> organisations = new LinkedHashSet<>(accessPolicy.organisationsOf(viewer));
        List<Long> agreementIds = agreementsFor(viewer).stream().map(Agreement::getId).toList();
        if (!agreementIds.isEmpty()) {
            organisations.addAll(entityManager.createQuery(
                    "select distinct o from Signatory s join s.organisation o where s.agreement.id in :agreements order by o.name", Organisation.class)
                    .setParameter("agreements", agreementIds)
                    .getResultList());
        }
        return List.copyOf(organisations);
    }
}
