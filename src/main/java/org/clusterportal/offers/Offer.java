package org.clusterportal.offers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * An offer or a request of one organisation, for the participants of some agreements or for everybody. It is
 * written as a draft, published, and withdrawn by its organisation; past its date it is expired.
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

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Size(max = KEYWORDS_LENGTH)
    @Column(length = KEYWORDS_LENGTH)
    private String keywords;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Organisation owner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferReach reach;

    @ManyToMany
    @JoinTable(name = "offer_agreement", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "agreement_id"))
    private Set<Agreement> agreements = new HashSet<>();

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Person contact;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status = OfferStatus.DRAFT;

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
            OfferReach reach, Set<Agreement> agreements, LocalDate validUntil, LocalDate today) {
        if (validUntil.isBefore(today)) {
            throw BusinessException.onField("validUntil", "offer.validUntil.past");
        }
        if (validUntil.isAfter(today.plusMonths(MAX_MONTHS))) {
            throw BusinessException.onField("validUntil", "offer.validUntil.tooLate", MAX_MONTHS);
        }
        if (reach == OfferReach.AGREEMENTS && agreements.isEmpty()) {
            throw BusinessException.onField("agreements", "offer.agreements.required");
        }
        this.kind = kind;
        this.category = category;
        this.title = title;
        this.summary = summary;
        this.description = description;
        this.keywords = keywords;
        this.reach = reach;
        this.agreements.clear();
        if (reach == OfferReach.AGREEMENTS) {
            this.agreements.addAll(agreements);
        }
        this.validUntil = validUntil;
    }

    public void publish(LocalDate today) {
        if (status == OfferStatus.PUBLISHED) {
            return;
        }
        if (validUntil.isBefore(today)) {
            throw BusinessException.onField("validUntil", "offer.validUntil.past");
        }
        status = OfferStatus.PUBLISHED;
    }

    public void withdraw() {
        if (status != OfferStatus.PUBLISHED) {
            throw new BusinessException("offer.notPublished");
        }
        status = OfferStatus.WITHDRAWN;
    }

    /** The status as people see it on that day: a published offer past its date is expired. */
    public OfferStatus statusOn(LocalDate day) {
        return status == OfferStatus.PUBLISHED && validUntil.isBefore(day) ? OfferStatus.EXPIRED : status;
    }

    public boolean isPublicReach() {
        return reach == OfferReach.PUBLIC;
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

    public String getKeywords() {
        return keywords;
    }

    public Organisation getOwner() {
        return owner;
    }

    public OfferReach getReach() {
        return reach;
    }

    /** The agreements it is published to, by title. */
    public List<Agreement> getAgreements() {
        List<Agreement> sorted = new ArrayList<>(agreements);
        sorted.sort(Comparator.comparing(Agreement::getTitle));
        return sorted;
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
