package org.clusterportal.organisations;

import java.io.Serializable;

import org.clusterportal.platform.persistence.SearchWords;

/** What the directory is narrowed to; every criterion is optional. */
public class OrganisationFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private OrganisationKind kind;
    private Long sectorId;
    private String country;
    private String region;
    private Long agreementId;
    private String words;

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(Long sectorId) {
        this.sectorId = sectorId;
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

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    /** Words of the name or the description, every one of them (prefixes and parts of words match). */
    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    /** Whether any filter is chosen: an empty result then says nothing matched, not that there is none. */
    public boolean isChosen() {
        return kind != null || sectorId != null || (country != null && !country.isBlank())
                || (region != null && !region.isBlank()) || agreementId != null || !SearchWords.of(words).isEmpty();
    }
}
