package org.clusterportal.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clusterportal.platform.persistence.BaseEntity;

/** A cluster or one of its member entities. */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 200;
    public static final int CITY_LENGTH = 100;

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

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationKind kind, String country, String city) {
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.city = city;
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
}
