package org.clusterportal.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Grantee;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;
import org.clusterportal.platform.security.Viewer;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A training, seminar, conference, workshop, internship programme or meeting, organised by a coordinator for the
 * participants of some agreements or for everybody. Its times are instants; its zone says how its own page shows
 * them. It decides how a new registration starts ({@link #admit}); {@link Seats} holds its row locked meanwhile.
 * <p>
 * Longer than most classes on purpose: a rich entity, it keeps every rule of its own fields (times and zone,
 * seats, registration window, questions, status moves) next to them, each small; its queries live in services.
 */
@Entity
@Table(name = "event")
public class Event extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 8000;
    public static final int AGENDA_LENGTH = 4000;
    public static final int ZONE_LENGTH = 60;
    public static final int PLACE_LENGTH = 300;
    public static final int LINK_LENGTH = 500;
    public static final int LANGUAGE_LENGTH = 8;
    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_CAPACITY = 100_000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventType type;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    /** Sanitised HTML (platform.text.RichText). */
    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Size(max = AGENDA_LENGTH)
    @Column(length = AGENDA_LENGTH)
    private String agenda;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @NotNull
    @Column(name = "zone_id", nullable = false, length = ZONE_LENGTH)
    private String zoneId;

    @Size(max = PLACE_LENGTH)
    @Column(length = PLACE_LENGTH)
    private String place;

    @Size(max = LINK_LENGTH)
    @Column(name = "online_link", length = LINK_LENGTH)
    private String onlineLink;

    @NotNull
    @Column(nullable = false, length = LANGUAGE_LENGTH)
    private String language;

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "organiser_id", nullable = false)
    private Organisation organiser;

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "coordinator_id", nullable = false)
    private Person coordinator;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reach reach;

    @ManyToMany
    @JoinTable(name = "event_agreement", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "agreement_id"))
    private Set<Agreement> agreements = new HashSet<>();

    /** Seats for confirmed registrations; {@code null} for no limit. */
    private Integer capacity;

    @Column(name = "registration_opens")
    private Instant registrationOpens;

    @NotNull
    @Column(name = "registration_closes", nullable = false)
    private Instant registrationCloses;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status = EventStatus.DRAFT;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @ElementCollection
    @CollectionTable(name = "event_question", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "idx")
    private List<Question> questions = new ArrayList<>();

    protected Event() {
        // for JPA
    }

    /** A new draft of a coordinator, in the name of an organisation. */
    public Event(Organisation organiser, Person coordinator) {
        this.organiser = organiser;
        this.coordinator = coordinator;
    }

    /** The zone of that name, or a refusal on the field {@code zone}. */
    public static ZoneId zone(String name) {
        if (name == null || name.isBlank() || !ZoneId.getAvailableZoneIds().contains(name.strip())) {
            throw BusinessException.onField("zone", "event.zone.unknown");
        }
        try {
            return ZoneId.of(name.strip());
        }
        catch (DateTimeException unknown) {
            throw BusinessException.onField("zone", "event.zone.unknown");
        }
    }

    /** The link, if it is an absolute http(s) address; else a refusal on the field {@code onlineLink}. */
    static String httpLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return uri.toString();
            }
        }
        catch (URISyntaxException invalid) {
            // refused below
        }
        throw BusinessException.onField("onlineLink", "event.onlineLink.invalid");
    }

    /**
     * Sets what the event is, when and where. Refuses, each by its field: an end not after the start, a
     * registration window that does not close before the end or opens after it closes, neither place nor link,
     * a link that is not http(s), a capacity below the registrations already confirmed, more than
     * {@link #MAX_QUESTIONS} questions or a choice question with fewer than two choices.
     */
    void describe(EventType newType, String newTitle, String newDescription, String newAgenda, Instant newStartsAt,
            Instant newEndsAt, ZoneId zone, String newPlace, String newOnlineLink, String newLanguage, Reach newReach,
            Set<Agreement> newAgreements, Integer newCapacity, Instant opens, Instant closes, boolean approval,
            List<Question> newQuestions, long confirmed, boolean answered) {
        if (!newEndsAt.isAfter(newStartsAt)) {
            throw BusinessException.onField("endsAt", "event.endsAt.beforeStart");
        }
        Instant closing = closes == null ? newStartsAt : closes;
        if (closing.isAfter(newEndsAt)) {
            throw BusinessException.onField("registrationCloses", "event.registrationCloses.afterEnd");
        }
        if (opens != null && !opens.isBefore(closing)) {
            throw BusinessException.onField("registrationOpens", "event.registrationOpens.afterClose");
        }
        String link = httpLink(newOnlineLink);
        if ((newPlace == null || newPlace.isBlank()) && link == null) {
            throw BusinessException.onField("place", "event.where.required");
        }
        if (newCapacity != null && (newCapacity < 1 || newCapacity > MAX_CAPACITY)) {
            throw BusinessException.onField("capacity", "event.capacity.range", MAX_CAPACITY);
        }
        if (newCapacity != null && newCapacity < confirmed) {
            throw BusinessException.onField("capacity", "event.capacity.belowConfirmed", confirmed);
        }
        if (newReach == Reach.PARTICIPANTS && newAgreements.isEmpty()) {
            throw BusinessException.onField("agreements", "event.agreements.required");
        }
        if (newQuestions.size() > MAX_QUESTIONS) {
            throw BusinessException.onField("questions", "event.questions.tooMany", MAX_QUESTIONS);
        }
        for (Question question : newQuestions) {
            if (question.getKind() == QuestionKind.CHOICE && question.getChoiceList().size() < 2) {
                throw BusinessException.onField("questions", "event.questions.choices", question.getLabel());
            }
        }
        if (answered && !sameQuestions(newQuestions)) {
            throw BusinessException.onField("questions", "event.questions.answered");
        }
        boolean moved = !newStartsAt.equals(startsAt) || !newEndsAt.equals(endsAt) || !equal(newPlace, place)
                || !equal(link, onlineLink);
        type = newType;
        title = newTitle;
        description = newDescription;
        agenda = newAgenda;
        startsAt = newStartsAt;
        endsAt = newEndsAt;
        zoneId = zone.getId();
        place = newPlace == null || newPlace.isBlank() ? null : newPlace.strip();
        onlineLink = link;
        language = newLanguage;
        reach = newReach;
        agreements.clear();
        if (newReach == Reach.PARTICIPANTS) {
            agreements.addAll(newAgreements);
        }
        capacity = newCapacity;
        registrationOpens = opens;
        registrationCloses = closing;
        needsApproval = approval;
        if (!sameQuestions(newQuestions)) {
            questions.clear();
            questions.addAll(newQuestions);
        }
        if (moved || status != EventStatus.DRAFT) {
            sequence++;
        }
    }

    private boolean sameQuestions(List<Question> other) {
        if (other.size() != questions.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            Question a = other.get(i);
            Question b = questions.get(i);
            if (a.getKind() != b.getKind() || !a.getLabel().equals(b.getLabel()) || !equal(a.getChoices(), b.getChoices())) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Who may see it: its coordinator and the coordinators of its agreements; unless a draft, everybody or the
     * participants of its agreements.
     */
    Set<String> audience() {
        Set<String> grantees = new HashSet<>(Set.of(Grantee.person(coordinator.getId())));
        agreements.forEach(agreement -> grantees.add(Grantee.coordinatorsOf(agreement.getId())));
        if (status != EventStatus.DRAFT) {
            if (reach == Reach.PUBLIC) {
                grantees.add(Grantee.EVERYBODY);
            }
            else {
                agreements.forEach(agreement -> grantees.add(Grantee.participantsOf(agreement.getId())));
            }
        }
        return grantees;
    }

    /** Its coordinator, the coordinators of its agreements, and admins: who may change it and manage its registrations. */
    public boolean isOrganisedBy(Viewer viewer) {
        return viewer.admin() || !viewer.isVisitor() && (viewer.personId().equals(coordinator.getId())
                || agreements.stream().anyMatch(agreement -> agreement.isCoordinatedBy(viewer.personId())));
    }

    void organiseBy(Organisation newOrganiser) {
        organiser = newOrganiser;
    }

    public void publish() {
        if (status == EventStatus.CANCELLED || status == EventStatus.COMPLETED) {
            throw new BusinessException("event.notDraft");
        }
        status = EventStatus.PUBLISHED;
    }

    public void cancel() {
        if (status == EventStatus.CANCELLED || status == EventStatus.COMPLETED) {
            throw new BusinessException("event.notOpen");
        }
        status = EventStatus.CANCELLED;
        sequence++;
    }

    /** Whether it has started at {@code now}: attendance is marked from then on. */
    public boolean hasStartedAt(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** Its own coordinator and admins: who issues its certificates of attendance (the agreements' coordinators do not). */
    public boolean isCertifiedBy(Viewer viewer) {
        return viewer.admin() || !viewer.isVisitor() && viewer.personId().equals(coordinator.getId());
    }

    /** Whether certificates may be issued at {@code now}: a training, seminar or workshop that has ended and was not cancelled. */
    public boolean isCertifiableAt(Instant now) {
        return type.certifiesAttendance() && status != EventStatus.CANCELLED && status != EventStatus.DRAFT
                && !endsAt.isAfter(now);
    }

    /** Refuses issuing certificates: of a kind that has none, of a draft or a cancelled event, or before its end. */
    void checkCertifiable(Instant now) {
        if (!type.certifiesAttendance()) {
            throw new BusinessException("certificate.notForType");
        }
        if (status == EventStatus.CANCELLED || status == EventStatus.DRAFT) {
            throw new BusinessException("certificate.notHeld");
        }
        if (endsAt.isAfter(now)) {
            throw new BusinessException("certificate.notEnded");
        }
    }

    /** A published event that has ended is completed. */
    public EventStatus statusAt(Instant now) {
        return status == EventStatus.PUBLISHED && !endsAt.isAfter(now) ? EventStatus.COMPLETED : status;
    }

    /**
     * How a new registration starts at {@code now}, with {@code confirmed} seats already taken: pending when the
     * organiser approves registrations, confirmed while seats are free, else waitlisted. Refused when the event
     * is not published (a draft, cancelled, completed) or registration is not open.
     */
    public RegistrationState admit(long confirmed, Instant now) {
        checkOpen(now);
        if (needsApproval) {
            return RegistrationState.PENDING;
        }
        return hasSeatFor(confirmed) ? RegistrationState.CONFIRMED : RegistrationState.WAITLISTED;
    }

    /** Refuses a registration when the event is not published or the window is not open at {@code now}. */
    public void checkOpen(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new BusinessException("event.registration.cancelled");
        }
        if (statusAt(now) != EventStatus.PUBLISHED) {
            throw new BusinessException("event.registration.notOpen");
        }
        if (registrationOpens != null && now.isBefore(registrationOpens)) {
            throw new BusinessException("event.registration.notYet");
        }
        if (now.isAfter(registrationCloses)) {
            throw new BusinessException("event.registration.closed");
        }
    }

    /**
     * Who is confirmed from the waiting list when {@code confirmed} seats are taken: the first waiting, in
     * arrival order, as many as seats are free.
     */
    List<Registration> toPromote(long confirmed, List<Registration> candidates) {
        long free = capacity == null ? candidates.size() : Math.max(0, capacity - confirmed);
        return candidates.stream()
                .filter(registration -> registration.getState() == RegistrationState.WAITLISTED)
                .sorted(Comparator.comparingLong(Registration::getArrival))
                .limit(free)
                .toList();
    }

    /** Whether one more person may be confirmed when {@code confirmed} already are. */
    public boolean hasSeatFor(long confirmed) {
        return capacity == null || confirmed < capacity;
    }

    /** The seats left with {@code confirmed} registrations, or {@code null} when there is no limit. */
    public Integer seatsLeft(long confirmed) {
        return capacity == null ? null : (int) Math.max(0, capacity - confirmed);
    }

    public boolean isRegistrationOpenAt(Instant now) {
        return status == EventStatus.PUBLISHED && statusAt(now) == EventStatus.PUBLISHED
                && (registrationOpens == null || !now.isBefore(registrationOpens)) && !now.isAfter(registrationCloses);
    }

    public boolean isPublicReach() {
        return reach == Reach.PUBLIC;
    }

    public ZoneId getZone() {
        return ZoneId.of(zoneId);
    }

    public ZonedDateTime getStartsInZone() {
        return startsAt.atZone(getZone());
    }

    public ZonedDateTime getEndsInZone() {
        return endsAt.atZone(getZone());
    }

    public EventType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getAgenda() {
        return agenda;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getPlace() {
        return place;
    }

    /** Only for registered people, organisers and admins: the service decides who reads it. */
    public String getOnlineLink() {
        return onlineLink;
    }

    public boolean isOnline() {
        return onlineLink != null;
    }

    public String getLanguage() {
        return language;
    }

    public Organisation getOrganiser() {
        return organiser;
    }

    public Person getCoordinator() {
        return coordinator;
    }

    public Reach getReach() {
        return reach;
    }

    /** The agreements it is for, by title. */
    public List<Agreement> getAgreements() {
        return Agreement.byTitle(agreements);
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public EventStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }
}
