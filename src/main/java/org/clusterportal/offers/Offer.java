package org.clusterportal.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Grantee;
import org.clusterportal.agreements.Reach;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;
import org.clusterportal.platform.text.RichText;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An offer or a request of one organisation, for the participants of some agreements or for everybody. It is
 * written as a draft and published by its organisation; when one of its agreements asks for review it waits
 * in review until a coordinator approves it or returns it to draft with a comment. Its organisation withdraws
 * it; past its date it is expired until renewed.
 * <p>
 * Longer than most classes on purpose: a rich entity, it keeps the rules of its own life (drafting, review,
 * publication, withdrawal, renewal up to the cap, its audience) next to its fields, and the getters the pages read.
 */
@Entity
@Table(name = "offer")
public class Offer extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 500;
    public static final int DESCRIPTION_LENGTH = 8000;
    public static final int KEYWORDS_LENGTH = 300;
    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 24;
    public static final int COMMENT_LENGTH = 1000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferCategory category;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    /** Rich text, always sanitised ({@link RichText#sanitise}) before it is set. */
    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** The description's words without markup, for search. */
    @Column(name = "description_text", length = DESCRIPTION_LENGTH)
    private String descriptionText;

    @Size(max = KEYWORDS_LENGTH)
    @Column(length = KEYWORDS_LENGTH)
    private String keywords;

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Organisation owner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reach reach;

    @ManyToMany
    @JoinTable(name = "offer_agreement", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "agreement_id"))
    private Set<Agreement> agreements = new HashSet<>();

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Person contact;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status = OfferStatus.DRAFT;

    /** Why the coordinators returned it; cleared when it is approved. */
    @Size(max = COMMENT_LENGTH)
    @Column(name = "review_comment", length = COMMENT_LENGTH)
    private String reviewComment;

    /** The date of validity its organisation was last reminded of. */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    /** The date of validity its organisation was told had passed. */
    @Column(name = "expiry_told_for")
    private LocalDate expiryToldFor;

    /** When it was last published (approved), for "new offers". */
    @Column(name = "published_at")
    private Instant publishedAt;

    protected Offer() {
        // for JPA
    }

    /** A new draft of the organisation, with the person who answers questions about it. */
    public Offer(Organisation owner, Person contact) {
        this.owner = owner;
        this.contact = contact;
    }

    /**
     * Sets what the offer says and who it is for. The date must lie between today and {@link #MAX_MONTHS}
     * months ahead; an offer for agreements names at least one.
     */
    void describe(OfferKind kind, OfferCategory category, String title, String summary, String description, String keywords,
            Reach reach, Set<Agreement> agreements, LocalDate validUntil, LocalDate today) {
        if (validUntil.isBefore(today)) {
            throw BusinessException.onField("validUntil", "offer.validUntil.past");
        }
        if (validUntil.isAfter(today.plusMonths(MAX_MONTHS))) {
            throw BusinessException.onField("validUntil", "offer.validUntil.tooLate", MAX_MONTHS);
        }
        if (reach == Reach.PARTICIPANTS && agreements.isEmpty()) {
            throw BusinessException.onField("agreements", "offer.agreements.required");
        }
        this.kind = kind;
        this.category = category;
        this.title = title;
        this.summary = summary;
        String safe = RichText.sanitise(description);
        if (safe != null && safe.length() > DESCRIPTION_LENGTH) {
            throw BusinessException.onField("description", "form.tooLong", DESCRIPTION_LENGTH);
        }
        this.description = safe == null || safe.isEmpty() ? null : safe;
        this.descriptionText = this.description == null ? null : cut(RichText.plainText(this.description), DESCRIPTION_LENGTH);
        this.keywords = keywords;
        this.reach = reach;
        this.agreements.clear();
        if (reach == Reach.PARTICIPANTS) {
            this.agreements.addAll(agreements);
        }
        this.validUntil = validUntil;
    }

    /**
     * Submits the draft (or a withdrawn offer again): published at once, or in review when one of its agreements
     * asks for it ({@code reviewRequired}). An offer already published or in review stays as it is.
     */
    public void publish(LocalDate today, boolean reviewRequired, Instant now) {
        if (status == OfferStatus.PUBLISHED || status == OfferStatus.IN_REVIEW) {
            return;
        }
        if (validUntil.isBefore(today)) {
            throw BusinessException.onField("validUntil", "offer.validUntil.past");
        }
        if (reviewRequired) {
            status = OfferStatus.IN_REVIEW;
        }
        else {
            status = OfferStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    /** A coordinator approves it: it is published, the earlier comment is gone. */
    public void approve(LocalDate today, Instant now) {
        if (status != OfferStatus.IN_REVIEW) {
            throw new BusinessException("offer.notInReview");
        }
        if (validUntil.isBefore(today)) {
            throw new BusinessException("offer.validUntil.past");
        }
        status = OfferStatus.PUBLISHED;
        publishedAt = now;
        reviewComment = null;
    }

    /** A coordinator returns it to its organisation as a draft, saying why. */
    public void returnToDraft(String comment) {
        if (status != OfferStatus.IN_REVIEW) {
            throw new BusinessException("offer.notInReview");
        }
        if (comment == null || comment.isBlank()) {
            throw BusinessException.onField("comment", "offer.comment.required");
        }
        if (comment.strip().length() > COMMENT_LENGTH) {
            throw BusinessException.onField("comment", "form.tooLong", COMMENT_LENGTH);
        }
        status = OfferStatus.DRAFT;
        reviewComment = comment.strip();
    }

    /** Its organisation takes it back, published or still in review. */
    public void withdraw() {
        if (status != OfferStatus.PUBLISHED && status != OfferStatus.IN_REVIEW) {
            throw new BusinessException("offer.notPublished");
        }
        status = OfferStatus.WITHDRAWN;
    }

    /**
     * One click: valid {@link #DEFAULT_MONTHS} months longer (from today when already past), at most
     * {@link #MAX_MONTHS} months from today. Only a published offer is renewed. Says what it did: an offer
     * already at the limit keeps its date, and the person must not be told it runs six months longer.
     */
    public Renewal renew(LocalDate today) {
        if (status != OfferStatus.PUBLISHED) {
            throw new BusinessException("offer.notPublished");
        }
        LocalDate from = validUntil.isBefore(today) ? today : validUntil;
        LocalDate latest = today.plusMonths(MAX_MONTHS);
        LocalDate renewed = from.plusMonths(DEFAULT_MONTHS);
        if (!validUntil.isBefore(latest)) {
            return new Renewal(Renewal.Outcome.AT_LIMIT, validUntil);
        }
        validUntil = renewed.isAfter(latest) ? latest : renewed;
        return new Renewal(renewed.isAfter(latest) ? Renewal.Outcome.CAPPED : Renewal.Outcome.EXTENDED, validUntil);
    }

    /**
     * Whether its organisation should now be reminded that it expires: published, expiring within
     * {@code daysAhead} days, and not yet reminded of this date. Records the reminder when so.
     */
    boolean remindOfExpiry(LocalDate today, int daysAhead) {
        if (status != OfferStatus.PUBLISHED || validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(daysAhead))
                || validUntil.equals(remindedFor)) {
            return false;
        }
        remindedFor = validUntil;
        return true;
    }

    /**
     * Whether its organisation should now be told that it expired: published, its date passed within the last
     * {@code daysBack} days (an offer that expired long before the job existed is not news), and not yet told
     * about this date. Records it when so.
     */
    boolean tellExpired(LocalDate today, int daysBack) {
        if (statusOn(today) != OfferStatus.EXPIRED || validUntil.isBefore(today.minusDays(daysBack))
                || validUntil.equals(expiryToldFor)) {
            return false;
        }
        expiryToldFor = validUntil;
        return true;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /**
     * Who may see it: its organisation and the co-providers still named; while in review the reviewers of its
     * agreements; once published everybody or the participants of its agreements.
     */
    Set<String> audience(Collection<Organisation> coProviders) {
        Set<String> grantees = new HashSet<>(Set.of(Grantee.peopleOf(owner.getId())));
        coProviders.forEach(coProvider -> grantees.add(Grantee.peopleOf(coProvider.getId())));
        if (status == OfferStatus.IN_REVIEW) {
            agreements.forEach(agreement -> grantees.add(Grantee.reviewersOf(agreement.getId())));
        }
        if (status == OfferStatus.PUBLISHED) {
            if (reach == Reach.PUBLIC) {
                grantees.add(Grantee.EVERYBODY);
            }
            else {
                agreements.forEach(agreement -> grantees.add(Grantee.participantsOf(agreement.getId())));
            }
        }
        return grantees;
    }

    /** Whether publishing it waits for review: it is for participants and one of its agreements asks for review. */
    boolean asksForReview() {
        return reach == Reach.PARTICIPANTS && agreements.stream().anyMatch(Agreement::isOfferReviewRequired);
    }

    /** The persons who review it: the coordinators of its agreements that ask for review. */
    Set<Long> reviewerIds() {
        Set<Long> reviewers = new HashSet<>();
        agreements.stream().filter(Agreement::isOfferReviewRequired)
                .forEach(agreement -> agreement.getCoordinators().forEach(person -> reviewers.add(person.getId())));
        return reviewers;
    }

    /** The status as people see it on that day: a published offer past its date is expired. */
    public OfferStatus statusOn(LocalDate day) {
        return status == OfferStatus.PUBLISHED && validUntil.isBefore(day) ? OfferStatus.EXPIRED : status;
    }

    public boolean isPublicReach() {
        return reach == Reach.PUBLIC;
    }

    public OfferKind getKind() {
        return kind;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionText() {
        return descriptionText;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getKeywords() {
        return keywords;
    }

    public Organisation getOwner() {
        return owner;
    }

    public Reach getReach() {
        return reach;
    }

    /** The agreements it is published to, by title. */
    public List<Agreement> getAgreements() {
        return Agreement.byTitle(agreements);
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Person getContact() {
        return contact;
    }

    public OfferStatus getStatus() {
        return status;
    }
}
