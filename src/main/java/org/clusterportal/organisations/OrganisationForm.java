package org.clusterportal.organisations;

import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person types about an organisation when proposing or editing it; the version is the one the form
 * showed. Sectors and clusters are chosen by id and looked up by the service.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FIRST_YEAR = 1800;

    @NotBlank
    @Size(max = Organisation.NAME_LENGTH)
    private String name;

    @NotNull
    private OrganisationKind kind;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    private String country = "PL";

    @Size(max = Organisation.REGION_LENGTH)
    private String region;

    @Size(max = Organisation.CITY_LENGTH)
    private String city;

    @Size(max = Organisation.WEBSITE_LENGTH)
    private String website;

    @Email
    @Size(max = Organisation.EMAIL_LENGTH)
    private String email;

    @Size(max = Organisation.DESCRIPTION_LENGTH)
    private String description;

    @Min(FIRST_YEAR)
    private Integer foundedYear;

    private SizeClass sizeClass;
    private List<Long> sectorIds = new ArrayList<>();
    private List<Long> clusterIds = new ArrayList<>();
    private long version;

    public static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.kind = organisation.getKind();
        form.country = organisation.getCountry();
        form.region = organisation.getRegion();
        form.city = organisation.getCity();
        form.website = organisation.getWebsite();
        form.email = organisation.getEmail();
        form.description = organisation.getDescription();
        form.foundedYear = organisation.getFoundedYear();
        form.sizeClass = organisation.getSizeClass();
        form.sectorIds = new ArrayList<>(organisation.getSectors().stream().map(Sector::getId).toList());
        form.clusterIds = new ArrayList<>(organisation.getClusters().stream().map(Organisation::getId).toList());
        form.version = organisation.getVersion();
        return form;
    }

    /** The founding year cannot lie ahead; a constraint annotation cannot know this year. */
    public boolean isFoundedInFuture() {
        return foundedYear != null && foundedYear > Year.now().getValue();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(SizeClass sizeClass) {
        this.sizeClass = sizeClass;
    }

    public List<Long> getSectorIds() {
        return sectorIds;
    }

    public void setSectorIds(List<Long> sectorIds) {
        this.sectorIds = sectorIds;
    }

    public List<Long> getClusterIds() {
        return clusterIds;
    }

    public void setClusterIds(List<Long> clusterIds) {
        this.clusterIds = clusterIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
