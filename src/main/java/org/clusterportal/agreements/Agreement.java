package org.clusterportal.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * A cooperation agreement: who signed it, who coordinates it, which areas of cooperation it names, and for how
 * long. Its status on a day follows from the stage people decided and from the dates.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 300;
    public static final int REFERENCE_LENGTH = 100;
    public static final int PLACE_LENGTH = 150;
    public static final int DESCRIPTION_LENGTH = 8000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = REFERENCE_LENGTH)
    @Column(length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Size(max = PLACE_LENGTH)
    @Column(name = "signed_at", length = PLACE_LENGTH)
    private String signedAt;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStage stage = AgreementStage.DRAFT;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** Public agreements are seen by everybody, the others by their participants, coordinators and admins. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reach visibility = Reach.PARTICIPANTS;

    /** Whether its coordinators approve offers before the participants see them. */
    @Enumerated(EnumType.STRING)
    @Column(name = "offer_review", nullable = false, length = 20)
    private OfferReview offerReview = OfferReview.NOT_REQUIRED;

    @ElementCollection
    @CollectionTable(name = "agreement_area", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 40)
    private Set<CooperationArea> areas = new HashSet<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("signedOn")
    private List<Signatory> signatories = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "agreement_coordinator", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> coordinators = new HashSet<>();

    protected Agreement() {
        // for JPA
    }

    public Agreement(String title) {
        this.title = title;
    }

    /** What an administrator records of the agreement; the period must not end before it starts. */
    public void describe(String newTitle, String newReference, LocalDate newSignedOn, String newSignedAt,
            LocalDate newValidFrom, LocalDate newValidTo, Set<CooperationArea> newAreas, boolean newPublicAccess) {
        if (newValidFrom != null && newValidTo != null && newValidTo.isBefore(newValidFrom)) {
            throw BusinessException.onField("validTo", "agreement.validTo.beforeValidFrom");
        }
        title = newTitle;
        reference = newReference;
        signedOn = newSignedOn;
        signedAt = newSignedAt;
        validFrom = newValidFrom;
        validTo = newValidTo;
        areas = newAreas.isEmpty() ? EnumSet.noneOf(CooperationArea.class) : EnumSet.copyOf(newAreas);
        visibility = newPublicAccess ? Reach.PUBLIC : Reach.PARTICIPANTS;
    }

    /** The description: what coordinators may change. */
    public void editDescription(String newDescription) {
        description = newDescription;
    }

    /** Whether offers published to this agreement wait for its coordinators' approval. */
    public void requireOfferReview(boolean required) {
        offerReview = required ? OfferReview.REQUIRED : OfferReview.NOT_REQUIRED;
    }

    public boolean isOfferReviewRequired() {
        return offerReview == OfferReview.REQUIRED;
    }

    public AgreementStatus statusOn(LocalDate day) {
        return switch (stage) {
            case DRAFT -> AgreementStatus.DRAFT;
            case TERMINATED -> AgreementStatus.TERMINATED;
            case SIGNED -> validTo != null && day.isAfter(validTo) ? AgreementStatus.EXPIRED : AgreementStatus.ACTIVE;
        };
    }

    /** Signing needs the date and at least two signatories: an agreement is between parties. */
    public void sign() {
        if (stage != AgreementStage.DRAFT) {
            throw new BusinessException("agreement.sign.notDraft");
        }
        if (signedOn == null) {
            throw BusinessException.onField("signedOn", "agreement.sign.noDate");
        }
        if (signatories.size() < 2) {
            throw new BusinessException("agreement.sign.tooFewSignatories");
        }
        stage = AgreementStage.SIGNED;
    }

    public void terminate() {
        if (stage != AgreementStage.SIGNED) {
            throw new BusinessException("agreement.terminate.notSigned");
        }
        stage = AgreementStage.TERMINATED;
    }

    /** Adds a signatory; the first one coordinates until another is chosen. */
    public Signatory addSignatory(Organisation organisation, LocalDate organisationSignedOn) {
        if (!organisation.isApproved()) {
            throw new BusinessException("agreement.signatory.notApproved");
        }
        if (findSignatory(organisation).isPresent()) {
            throw new BusinessException("agreement.signatory.duplicate", organisation.getName());
        }
        Signatory signatory = new Signatory(this, organisation, organisationSignedOn);
        signatory.setCoordinating(signatories.isEmpty());
        signatories.add(signatory);
        return signatory;
    }

    /** Removes a signatory; the coordinating one stays until another signatory coordinates. */
    public void removeSignatory(Organisation organisation) {
        Signatory signatory = findSignatory(organisation)
                .orElseThrow(() -> new BusinessException("agreement.signatory.unknown"));
        if (signatory.isCoordinating() && signatories.size() > 1) {
            throw new BusinessException("agreement.signatory.coordinating", organisation.getName());
        }
        signatories.remove(signatory);
    }

    public void makeCoordinating(Organisation organisation) {
        Signatory chosen = findSignatory(organisation)
                .orElseThrow(() -> new BusinessException("agreement.signatory.unknown"));
        signatories.forEach(signatory -> signatory.setCoordinating(signatory == chosen));
    }

    public void nameCoordinator(Person person) {
        coordinators.add(person);
    }

    public void removeCoordinator(Person person) {
        coordinators.remove(person);
    }

    public boolean isCoordinatedBy(Long personId) {
        return personId != null && coordinators.stream().anyMatch(person -> personId.equals(person.getId()));
    }

    public Optional<Signatory> findSignatory(Organisation organisation) {
        return signatories.stream().filter(signatory -> signatory.getOrganisation().equals(organisation)).findFirst();
    }

    public Optional<Signatory> findCoordinatingSignatory() {
        return signatories.stream().filter(Signatory::isCoordinating).findFirst();
    }

    public String getTitle() {
        return title;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedAt() {
        return signedAt;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public AgreementStage getStage() {
        return stage;
    }

    public String getDescription() {
        return description;
    }

    public boolean isPublicAccess() {
        return visibility == Reach.PUBLIC;
    }

    public Set<CooperationArea> getAreas() {
        return Collections.unmodifiableSet(areas);
    }

    public List<Signatory> getSignatories() {
        return Collections.unmodifiableList(signatories);
    }

    public Set<Person> getCoordinators() {
        return Collections.unmodifiableSet(coordinators);
    }

    /** The agreements by title: how every page lists the agreements an offer, event or proposal is for. */
    public static List<Agreement> byTitle(Collection<Agreement> agreements) {
        List<Agreement> sorted = new ArrayList<>(agreements);
        sorted.sort(Comparator.comparing(Agreement::getTitle));
        return sorted;
    }
}
