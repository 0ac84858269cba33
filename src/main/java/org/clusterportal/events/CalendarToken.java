package org.clusterportal.events;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.clusterportal.people.Person;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * The secret in the address of a person's calendar feed: whoever has the address reads the events the person
 * registered for, so it is long, random, and replaced (the old address dead) whenever the person asks.
 */
@Entity
@Table(name = "calendar_token")
public class CalendarToken extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();

    @OneToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false, unique = true)
    private Person person;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    protected CalendarToken() {
        // for JPA
    }

    CalendarToken(Person person) {
        this.person = person;
        renew();
    }

    /** A new secret: the previous address stops working. */
    void renew() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
    }

    public Person getPerson() {
        return person;
    }

    public String getToken() {
        return token;
    }
}
