package org.clusterportal.proposals;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An organisation's membership of a consortium: requested by the organisation or an invitation of the lead,
 * then accepted or declined. An accepted partner has a role, a contact person and a share of the budget, and
 * its people work in the proposal's workspace. * Its references are read in batches with those of the other rows ({@link BatchFetch}), as on {@link ProjectProposal}.
 */
@Entity
@Table(name = "proposal_partner")
public class Partner extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MESSAGE_LENGTH = 1000;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private ProjectProposal proposal;

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "profile_id")
    private PartnerProfile profile;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerRole role;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "contact_id")
    private Person contact;

    @Column(name = "budget_share", precision = 5, scale = 2)
    private BigDecimal budgetShare;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerState state;

    @Size(max = MESSAGE_LENGTH)
    @Column(length = MESSAGE_LENGTH)
    private String message;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "asked_by")
    private Person askedBy;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Partner() {
        // for JPA
    }

    Partner(ProjectProposal proposal, Organisation organisation, PartnerRole role, PartnerProfile profile, Person contact,
            PartnerState state, String message, Person askedBy) {
        this.proposal = proposal;
        this.organisation = organisation;
        this.role = role;
        this.profile = profile;
        this.contact = contact;
        this.state = state;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.askedBy = askedBy;
    }

    /** A declined organisation may ask (or be invited) again: the same row, a new question. */
    void askAgain(PartnerRole newRole, PartnerProfile newProfile, Person asker, String newMessage, PartnerState newState) {
        role = newRole;
        profile = newProfile;
        askedBy = asker;
        message = newMessage == null || newMessage.isBlank() ? null : newMessage.strip();
        state = newState;
        decidedBy = null;
        decidedAt = null;
        budgetShare = null;
    }

    void decide(boolean accept, Person decider, Instant now) {
        if (state != PartnerState.REQUESTED && state != PartnerState.INVITED) {
            throw new BusinessException("proposal.partner.alreadyDecided");
        }
        if (accept && contact == null) {
            // Who speaks for the organisation: the person who asked to join, or who accepted the invitation.
            contact = state == PartnerState.REQUESTED ? askedBy : decider;
        }
        state = accept ? PartnerState.ACCEPTED : PartnerState.DECLINED;
        decidedBy = decider;
        decidedAt = now;
    }

    void changeShare(BigDecimal share) {
        if (state != PartnerState.ACCEPTED) {
            throw BusinessException.onField("share", "proposal.share.notAccepted");
        }
        budgetShare = share;
    }

    public boolean isLead() {
        return role == PartnerRole.COORDINATOR && organisation.equals(proposal.getLead());
    }

    public ProjectProposal getProposal() {
        return proposal;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PartnerProfile getProfile() {
        return profile;
    }

    public PartnerRole getRole() {
        return role;
    }

    public Person getContact() {
        return contact;
    }

    public BigDecimal getBudgetShare() {
        return budgetShare;
    }

    public PartnerState getState() {
        return state;
    }

    public String getMessage() {
        return message;
    }

    public Person getAskedBy() {
        return askedBy;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
