package org.clusterportal.notifications;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.clusterportal.people.Person;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * How one person hears about each kind of notice (only the kinds they changed are stored) and the random
 * token of the settings link in their e-mails, which works without logging in: it changes nothing but these
 * choices, like an unsubscribe link.
 */
@Entity
@Table(name = "notification_preferences")
public class NotificationPreferences extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, unique = true, updatable = false)
    private Person person;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String token;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_delivery", joinColumns = @JoinColumn(name = "preferences_id"))
    @MapKeyColumn(name = "kind", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 20)
    private Map<NoticeKind, Delivery> deliveries = new HashMap<>();

    protected NotificationPreferences() {
        // for JPA
    }

    NotificationPreferences(Person person) {
        this.person = person;
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Delivery deliveryOf(NoticeKind kind) {
        return deliveries.getOrDefault(kind, Delivery.defaultFor(kind));
    }

    /** Every kind with its delivery, defaults included. */
    public Map<NoticeKind, Delivery> getDeliveries() {
        Map<NoticeKind, Delivery> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            all.put(kind, deliveryOf(kind));
        }
        return all;
    }

    void choose(Map<NoticeKind, Delivery> chosen) {
        chosen.forEach((kind, delivery) -> {
            if (delivery == Delivery.defaultFor(kind)) {
                deliveries.remove(kind);
            }
            else {
                deliveries.put(kind, delivery);
            }
        });
    }

    public Person getPerson() {
        return person;
    }

    public String getToken() {
        return token;
    }
}
