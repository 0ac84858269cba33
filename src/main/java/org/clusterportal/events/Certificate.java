package org.clusterportal.events;

import java.security.SecureRandom;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.people.Person;
import org.clusterportal.platform.persistence.BaseEntity;
import org.clusterportal.platform.security.Viewer;

/**
 * A certificate of attendance: one per registration of a person marked as attended at an event that certifies
 * attendance ({@link EventType#certifiesAttendance}). Its number is 120 random bits, so it cannot be guessed from
 * another's, and anyone holding it may check it on the public verification page.
 * <p>
 * Validity is not stored but read from the registration and the event: a certificate whose attendance was
 * withdrawn or whose event was cancelled afterwards stays known (the page says so) but is no longer valid and
 * can no longer be downloaded; marking the attendance again makes it valid again.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NUMBER_LENGTH = 40;
    private static final int NUMBER_BYTES = 15;
    private static final String BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @NotNull
    @OneToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @NotNull
    @Size(max = NUMBER_LENGTH)
    @Column(nullable = false, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "issued_by_id", nullable = false, updatable = false)
    private Person issuedBy;

    protected Certificate() {
        // for JPA
    }

    Certificate(Registration registration, Person issuedBy) {
        this.registration = registration;
        this.issuedBy = issuedBy;
        this.number = newNumber();
    }

    /** 120 random bits in 24 letters and digits that cannot be mistaken for each other, in groups of four. */
    static String newNumber() {
        byte[] bytes = new byte[NUMBER_BYTES];
        RANDOM.nextBytes(bytes);
        StringBuilder number = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xFF;
            bits += 8;
            while (bits >= 5) {
                if (number.length() % 5 == 4) {
                    number.append('-');
                }
                number.append(BASE32.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        return number.toString();
    }

    /** A number as a person may type it (lower case, spaces around): as stored, or empty when it cannot be one. */
    public static String normalised(String typed) {
        if (typed == null) {
            return "";
        }
        String number = typed.strip().toUpperCase(Locale.ROOT);
        return number.length() <= NUMBER_LENGTH && number.matches("[A-Z0-9-]+") ? number : "";
    }

    /** Still valid: the attendance stands and the event was not cancelled. */
    public boolean isValid() {
        return registration.isAttended() && registration.getState() == RegistrationState.CONFIRMED
                && registration.getEvent().getStatus() != EventStatus.CANCELLED;
    }

    /** Its holder, the event's organisers and admins may download it. */
    public boolean isReadableBy(Viewer viewer) {
        return viewer.admin() || !viewer.isVisitor() && (viewer.personId().equals(getHolder().getId())
                || registration.getEvent().isOrganisedBy(viewer));
    }

    /** The verification address, relative to the portal (the number is all it needs). */
    public String getVerificationPath() {
        return "/certificates/verify.xhtml?number=" + number;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Event getEvent() {
        return registration.getEvent();
    }

    public Person getHolder() {
        return registration.getPerson();
    }

    public String getNumber() {
        return number;
    }

    public Person getIssuedBy() {
        return issuedBy;
    }
}
