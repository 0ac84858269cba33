package org.clusterportal.organisations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Size;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;
import org.clusterportal.people.Person;

/**
 * A person works for an organisation; a person may work for several. Only an approved membership counts for
 * access; an administrator of the organisation decides others' requests to join it.
 */
@Entity
@Table(name = "membership", uniqueConstraints = @UniqueConstraint(columnNames = { "person_id", "organisation_id" }))
public class Membership extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MESSAGE_LENGTH = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status = MembershipStatus.APPROVED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipRole role = MembershipRole.MEMBER;

    @Size(max = MESSAGE_LENGTH)
    @Column(length = MESSAGE_LENGTH)
    private String message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Membership() {
        // for JPA
    }

    public Membership(Person person, Organisation organisation) {
        this.person = person;
        this.organisation = organisation;
    }

    /** A request to join, with the person's message, for the organisation's administrators to decide. */
    public static Membership request(Person person, Organisation organisation, String message) {
        Membership membership = new Membership(person, organisation);
        membership.status = MembershipStatus.REQUESTED;
        membership.message = message;
        return membership;
    }

    /** The proposer of a new organisation: its first administrator once an approver accepts the organisation. */
    public static Membership ofProposer(Person person, Organisation organisation) {
        Membership membership = request(person, organisation, null);
        membership.role = MembershipRole.ADMINISTRATOR;
        return membership;
    }

    /** Asking again after a decline reopens the same request. */
    public void requestAgain(String newMessage) {
        if (status != MembershipStatus.DECLINED) {
            throw new BusinessException(isApproved() ? "membership.alreadyMember" : "membership.alreadyRequested");
        }
        status = MembershipStatus.REQUESTED;
        message = newMessage;
        decidedBy = null;
        decidedAt = null;
    }

    public void approve(Person decider, Instant now) {
        decide(MembershipStatus.APPROVED, decider, now);
    }

    public void decline(Person decider, Instant now) {
        decide(MembershipStatus.DECLINED, decider, now);
        role = MembershipRole.MEMBER;
    }

    private void decide(MembershipStatus decision, Person decider, Instant now) {
        if (status != MembershipStatus.REQUESTED) {
            throw new BusinessException("membership.alreadyDecided");
        }
        status = decision;
        decidedBy = decider;
        decidedAt = now;
    }

    /** Names or removes one of the organisation's own administrators; only approved members can be one. */
    public void changeRole(MembershipRole newRole) {
        if (!isApproved()) {
            throw new BusinessException("membership.notApproved");
        }
        role = newRole;
    }

    public boolean isApproved() {
        return status == MembershipStatus.APPROVED;
    }

    public boolean isRequested() {
        return status == MembershipStatus.REQUESTED;
    }

    public boolean isAdministrator() {
        return role == MembershipRole.ADMINISTRATOR && isApproved();
    }

    public MembershipRole getRole() {
        return role;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
