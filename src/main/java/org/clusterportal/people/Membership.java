package org.clusterportal.people;

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

import org.clusterportal.organisations.Organisation;
import org.clusterportal.platform.persistence.BaseEntity;

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

    /** One of the organisation's own administrators: keeps its profile, decides requests to join it. */
    @Column(nullable = false)
    private boolean administrator;

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

    public boolean isApproved() {
        return status == MembershipStatus.APPROVED;
    }

    public boolean isAdministrator() {
        return administrator && isApproved();
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
