package org.clusterportal.agreements;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.platform.persistence.BaseEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** An organisation that signed an agreement, on its own date; one signatory coordinates the agreement. */
@Entity
@Table(name = "signatory")
public class Signatory extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    /** Read for all of an agreement's signatories in one query when they are listed, not one query per row. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    @BatchFetch(BatchFetchType.IN)
    private Organisation organisation;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(nullable = false)
    private boolean coordinating;

    protected Signatory() {
        // for JPA
    }

    Signatory(Agreement agreement, Organisation organisation, LocalDate signedOn) {
        this.agreement = agreement;
        this.organisation = organisation;
        this.signedOn = signedOn;
    }

    void setCoordinating(boolean coordinating) {
        this.coordinating = coordinating;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public boolean isCoordinating() {
        return coordinating;
    }
}
