package org.clusterportal.organisations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.persistence.BaseEntity;

/**
 * A cluster or one of its member entities. New ones are proposed by a person and approved; the same name in the
 * same country exists once (compared without case and surrounding spaces).
 * <p>
 * A little longer than most classes: a rich entity whose fields (profile, sectors, cluster hierarchy, key-cluster
 * period, logo) each carry their own small rule.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 200;
    public static final int CITY_LENGTH = 100;
    public static final int REGION_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int WEBSITE_LENGTH = 300;
    public static final int EMAIL_LENGTH = 254;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    /** ISO 3166-1 alpha-2. */
    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    @Column(nullable = false, length = 2)
    private String country;

    @Size(max = CITY_LENGTH)
    @Column(length = CITY_LENGTH)
    private String city;

    /** The name as compared for duplicates: kept in step with the name, unique per country in the database. */
    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status = OrganisationStatus.APPROVED;

    @Size(max = REGION_LENGTH)
    @Column(length = REGION_LENGTH)
    private String region;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by")
    private Person proposedBy;

    @ManyToMany
    @JoinTable(name = "organisation_sector", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_id"))
    private Set<Sector> sectors = new HashSet<>();

    /** The clusters this organisation is a member of. */
    @ManyToMany
    @JoinTable(name = "cluster_member", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "cluster_id"))
    private Set<Organisation> clusters = new HashSet<>();

    @Size(max = WEBSITE_LENGTH)
    @Column(length = WEBSITE_LENGTH)
    private String website;

    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(name = "founded_year")
    private Integer foundedYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", length = 20)
    private SizeClass sizeClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by")
    private Person approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "logo_key", length = 36)
    private String logoKey;

    @Column(name = "logo_type", length = 100)
    private String logoType;

    @Column(name = "logo_size")
    private Long logoSize;

    @Column(name = "logo_sha256", length = 64)
    private String logoSha256;

    @Column(name = "key_cluster_from")
    private LocalDate keyClusterFrom;

    @Column(name = "key_cluster_to")
    private LocalDate keyClusterTo;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationKind kind, String country, String city) {
        this.name = name;
        this.nameKey = keyOf(name);
        this.kind = kind;
        this.country = country;
        this.city = city;
    }

    /** A new organisation, as a person proposes it: seen by them and its approvers until approved. */
    public static Organisation propose(Person proposer, String name, OrganisationKind kind, String country) {
        Organisation organisation = new Organisation(name, kind, country, null);
        organisation.status = OrganisationStatus.PROPOSED;
        organisation.proposedBy = proposer;
        return organisation;
    }

    /** Everything but the name's identity rules, which the service checks against the others. */
    public void describe(String name, OrganisationKind kind, String country, String region, String city, String website,
            String email, String description, Integer foundedYear, SizeClass sizeClass, Set<Sector> sectors) {
        this.name = name;
        this.nameKey = keyOf(name);
        this.kind = kind;
        this.country = country;
        this.region = region;
        this.city = city;
        this.website = website;
        this.email = email;
        this.description = description;
        this.foundedYear = foundedYear;
        this.sizeClass = sizeClass;
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    /** The clusters this organisation belongs to; a cluster may itself belong to an umbrella cluster, never to itself. */
    public void belongTo(Set<Organisation> chosen) {
        if (chosen.contains(this) || chosen.stream().anyMatch(cluster -> !cluster.isCluster())) {
            throw BusinessException.onField("clusters", "organisation.clusters.invalid");
        }
        clusters.clear();
        clusters.addAll(chosen);
    }

    public void approve(Person approver, Instant now) {
        if (isApproved()) {
            throw new BusinessException("organisation.alreadyApproved");
        }
        status = OrganisationStatus.APPROVED;
        approvedBy = approver;
        approvedAt = now;
    }

    /** Puts a new logo in place; returns the key of the one it replaces, for the store to delete. */
    public Optional<String> changeLogo(StoredFile logo) {
        Optional<String> previous = Optional.ofNullable(logoKey);
        logoKey = logo.key();
        logoType = logo.contentType();
        logoSize = logo.size();
        logoSha256 = logo.sha256();
        return previous;
    }

    /** Removes the logo; returns the key of the removed file. */
    public Optional<String> removeLogo() {
        Optional<String> previous = Optional.ofNullable(logoKey);
        logoKey = null;
        logoType = null;
        logoSize = null;
        logoSha256 = null;
        return previous;
    }

    public Optional<StoredFile> findLogo() {
        return Optional.ofNullable(logoKey).map(key -> new StoredFile(key, logoType, logoSize, logoSha256));
    }

    public boolean isWithLogo() {
        return logoKey != null;
    }

    public boolean isProposedBy(Long personId) {
        return proposedBy != null && proposedBy.getId().equals(personId);
    }

    /** How names are compared for duplicates. */
    public static String keyOf(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isCluster() {
        return kind == OrganisationKind.CLUSTER;
    }

    public boolean isApproved() {
        return status == OrganisationStatus.APPROVED;
    }

    /** Key-cluster status (Krajowy Klaster Kluczowy) held on the given day. */
    public boolean isKeyClusterOn(LocalDate day) {
        return keyClusterFrom != null && !day.isBefore(keyClusterFrom) && (keyClusterTo == null || !day.isAfter(keyClusterTo));
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getDescription() {
        return description;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public Set<Sector> getSectors() {
        return Collections.unmodifiableSet(sectors);
    }

    public Set<Organisation> getClusters() {
        return Collections.unmodifiableSet(clusters);
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public Person getProposedBy() {
        return proposedBy;
    }

    public Person getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public LocalDate getKeyClusterFrom() {
        return keyClusterFrom;
    }

    public LocalDate getKeyClusterTo() {
        return keyClusterTo;
    }
}
