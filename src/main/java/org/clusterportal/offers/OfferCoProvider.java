package org.clusterportal.offers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An organisation named by the owner of a joint offer as providing it too. Its name appears on the offer only
 * once one of its administrators has confirmed.
 */
@Entity
@Table(name = "offer_co_provider")
public class OfferCoProvider extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

    /** Read for all of an offer's co-providers in one query when they are listed, not one query per row. */
    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    @BatchFetch(BatchFetchType.IN)
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CoProviderAnswer answer = CoProviderAnswer.ASKED;

    @ManyToOne
    @JoinColumn(name = "answered_by")
    private Person answeredBy;

    protected OfferCoProvider() {
        // for JPA
    }

    OfferCoProvider(Offer offer, Organisation organisation) {
        if (organisation.equals(offer.getOwner())) {
            throw BusinessException.onField("coProviders", "offer.coProvider.owner");
        }
        this.offer = offer;
        this.organisation = organisation;
    }

    /** An administrator of the organisation answers; the answer may be changed later. */
    void answer(boolean confirm, Person administrator) {
        answer = confirm ? CoProviderAnswer.CONFIRMED : CoProviderAnswer.DECLINED;
        answeredBy = administrator;
    }

    public Offer getOffer() {
        return offer;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public CoProviderAnswer getAnswer() {
        return answer;
    }

    public boolean isConfirmed() {
        return answer == CoProviderAnswer.CONFIRMED;
    }

    public Person getAnsweredBy() {
        return answeredBy;
    }
}
