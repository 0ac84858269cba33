package org.clusterportal.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * A Keycloak account as the portal knows it. Keycloak stays the source of truth for the name and e-mail: they
 * are copied at every login. The language is the person's own choice in the portal.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int SUBJECT_LENGTH = 64;
    public static final int USERNAME_LENGTH = 255;
    public static final int NAME_LENGTH = 100;
    public static final int EMAIL_LENGTH = 254;
    public static final int JOB_TITLE_LENGTH = 150;
    public static final int PHONE_LENGTH = 40;
    public static final int TIME_ZONE_LENGTH = 64;
    public static final int KEYWORD_LENGTH = 60;
    public static final int MAX_KEYWORDS = 20;

    @NotBlank
    @Size(max = SUBJECT_LENGTH)
    @Column(nullable = false, unique = true, updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Size(max = NAME_LENGTH)
    @Column(name = "first_name", length = NAME_LENGTH)
    private String firstName;

    @Size(max = NAME_LENGTH)
    @Column(name = "last_name", length = NAME_LENGTH)
    private String lastName;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    /** Null until the person chooses: until then the browser's language is used. */
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Language language;

    /**
     * The zone the person's times are shown in (a {@link ZoneId} name): their browser's, stored the first time the
     * portal learns it, or the one they chose in their profile. Null until then.
     */
    @Column(name = "time_zone", length = TIME_ZONE_LENGTH)
    private String timeZone;

    @Column(name = "last_login")
    private Instant lastLogin;

    @Size(max = JOB_TITLE_LENGTH)
    @Column(name = "job_title", length = JOB_TITLE_LENGTH)
    private String jobTitle;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_visibility", nullable = false, length = 20)
    private ContactVisibility contactVisibility = ContactVisibility.PARTNERS;

    /** ISO 639-1 codes of the languages the person works in. */
    @ElementCollection
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language", length = 2)
    private Set<String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "person_expertise", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "keyword", length = KEYWORD_LENGTH)
    private Set<String> expertise = new TreeSet<>();

    /**
     * When an administrator last changed this person's roles or account: a session begun before then is ended
     * at its next request. Written by a bulk update only (admin.UserAdministration), never through this entity.
     */
    @Column(name = "roles_changed_at", insertable = false, updatable = false)
    private Instant rolesChangedAt;

    protected Person() {
        // for JPA
    }

    /** The person at their first login; the language of their Keycloak account, if the portal speaks it. */
    public static Person firstLogin(AccountClaims claims, Instant now) {
        Person person = new Person();
        person.subject = claims.subject();
        person.language = claims.language().orElse(null);
        person.loggedIn(claims, now);
        return person;
    }

    /** Copies what Keycloak says now; the subject never changes. */
    public void loggedIn(AccountClaims claims, Instant now) {
        if (!Objects.equals(subject, claims.subject())) {
            throw new IllegalArgumentException("Claims of another account");
        }
        username = claims.username();
        firstName = claims.firstName();
        lastName = claims.lastName();
        email = claims.email();
        lastLogin = now;
    }

    public void chooseLanguage(Language chosen) {
        language = Objects.requireNonNull(chosen);
    }

    /** The zone the person's times are shown in; a name that is no zone is refused next to the profile's field. */
    public void chooseTimeZone(String name) {
        timeZone = zoneNamed(name).map(ZoneId::getId)
                .orElseThrow(() -> BusinessException.onField("timeZone", "profile.timeZone.invalid"));
    }

    /** The zone of a name, when it is one of the zones Java knows by name (not an offset such as "+02:00"). */
    public static Optional<ZoneId> zoneNamed(String name) {
        if (name == null || !ZoneId.getAvailableZoneIds().contains(name.strip())) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(name.strip()));
    }

    /** The stored zone, if any. */
    public Optional<ZoneId> zone() {
        return zoneNamed(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    /**
     * What the person says of their work. Keywords are trimmed and kept once each whatever their case; the
     * languages are ISO 639-1 codes the portal offers.
     */
    public void editProfile(String newJobTitle, String newPhone, Collection<String> newLanguages,
            Collection<String> newExpertise, ContactVisibility visibility) {
        if (newLanguages.stream().anyMatch(code -> !WorkingLanguages.CODES.contains(code))) {
            throw BusinessException.onField("languages", "profile.languages.invalid");
        }
        Map<String, String> keywords = new LinkedHashMap<>();
        for (String keyword : newExpertise) {
            String trimmed = keyword == null ? "" : keyword.strip().replaceAll("\\s+", " ");
            if (trimmed.length() > KEYWORD_LENGTH) {
                throw BusinessException.onField("expertise", "profile.keyword.tooLong", KEYWORD_LENGTH);
            }
            if (!trimmed.isEmpty()) {
                keywords.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        if (keywords.size() > MAX_KEYWORDS) {
            throw BusinessException.onField("expertise", "profile.keywords.tooMany", MAX_KEYWORDS);
        }
        jobTitle = newJobTitle == null || newJobTitle.isBlank() ? null : newJobTitle.strip();
        phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        languages.clear();
        languages.addAll(newLanguages);
        expertise.clear();
        expertise.addAll(keywords.values());
        contactVisibility = Objects.requireNonNull(visibility);
    }

    /** "Anna Nowak", or the username when Keycloak has no name. */
    public String getDisplayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getPhone() {
        return phone;
    }

    public ContactVisibility getContactVisibility() {
        return contactVisibility;
    }

    public Set<String> getLanguages() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(languages));
    }

    public Set<String> getExpertise() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(expertise));
    }

    public Instant getRolesChangedAt() {
        return rolesChangedAt;
    }
}
