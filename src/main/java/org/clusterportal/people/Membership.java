package org.clusterportal.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.platform.persistence.BaseEntity;

/** A person works for an organisation; a person may work for several. */
@Entity
@Table(name = "membership", uniqueConstraints = @UniqueConstraint(columnNames = { "person_id", "organisation_id" }))
public class Membership extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    protected Membership() {
        // for JPA
    }

    public Membership(Person person, Organisation organisation) {
        this.person = person;
        this.organisation = organisation;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
