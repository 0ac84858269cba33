package org.clusterportal.offers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * A participant's answer to an offer: what cooperation they seek and a message. One per person and offer (the
 * database holds to it). The owner's organisation moves it through its states with notes; 3 and 6 months
 * after a meeting or an agreement the owner is asked how it turned out.
 */
@Entity
@Table(name = "offer_interest")
public class ExpressionOfInterest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MESSAGE_LENGTH = 2000;
    public static final int NOTES_LENGTH = 2000;
    /** Months after the outcome when the owner is asked about it, in order. */
    static final int[] FOLLOW_UP_MONTHS = { 3, 6 };

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The organisation the person wrote for, if they work for one. */
    @ManyToOne
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Cooperation cooperation;

    @NotBlank
    @Size(max = MESSAGE_LENGTH)
    @Column(nullable = false, length = MESSAGE_LENGTH)
    private String message;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InterestState state = InterestState.NEW;

    @Size(max = NOTES_LENGTH)
    @Column(length = NOTES_LENGTH)
    private String notes;

    /** The day it reached its current outcome (meeting arranged, agreement reached). */
    @Column(name = "outcome_since")
    private LocalDate outcomeSince;

    /** How many of the follow-up questions have been asked for this outcome. */
    @Column(name = "follow_ups", nullable = false)
    private int followUps;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    protected ExpressionOfInterest() {
        // for JPA
    }

    ExpressionOfInterest(Offer offer, Person person, Organisation organisation, Cooperation cooperation, String message) {
        this.offer = offer;
        this.person = person;
        this.organisation = organisation;
        this.cooperation = cooperation;
        this.message = message;
    }

    /** The owner moves it on (or declines it), with notes both sides read. */
    void moveTo(InterestState next, String newNotes, LocalDate today) {
        if (!state.canMoveTo(next)) {
            throw BusinessException.onField("state", "interest.state.notAllowed");
        }
        if (newNotes != null && newNotes.length() > NOTES_LENGTH) {
            throw BusinessException.onField("notes", "form.tooLong", NOTES_LENGTH);
        }
        state = next;
        notes = newNotes == null || newNotes.isBlank() ? notes : newNotes.strip();
        if (next.isOutcome()) {
            outcomeSince = today;
            followUps = 0;
            followedUpOn = null;
        }
    }

    /**
     * Whether the owner is due to be asked about the outcome on {@code today} (3, then 6 months after it);
     * records that the question was asked when so.
     */
    boolean followUpDue(LocalDate today) {
        if (!state.isOutcome() || outcomeSince == null || followUps >= FOLLOW_UP_MONTHS.length
                || today.isBefore(outcomeSince.plusMonths(FOLLOW_UP_MONTHS[followUps]))) {
            return false;
        }
        while (followUps < FOLLOW_UP_MONTHS.length && !today.isBefore(outcomeSince.plusMonths(FOLLOW_UP_MONTHS[followUps]))) {
            followUps++;
        }
        followedUpOn = today;
        return true;
    }

    public Offer getOffer() {
        return offer;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Cooperation getCooperation() {
        return cooperation;
    }

    public String getMessage() {
        return message;
    }

    public InterestState getState() {
        return state;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getOutcomeSince() {
        return outcomeSince;
    }

    public int getFollowUps() {
        return followUps;
    }

    public LocalDate getFollowedUpOn() {
        return followedUpOn;
    }
}
