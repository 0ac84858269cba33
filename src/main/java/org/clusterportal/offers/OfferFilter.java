package org.clusterportal.offers;

import java.io.Serializable;

/**
 * What the list of offers is narrowed by; empty fields narrow nothing. The words may be anything: the search cuts
 * them to a sensible length and never fails on them.
 */
public class OfferFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String words;
    private OfferKind kind;
    private OfferCategory category;
    private Long agreementId;
    private boolean onlyOpen;
    private Long organisationId;
    private Long sectorId;
    private String region;
    private boolean mine;
    private OfferOrder order = OfferOrder.NEWEST;

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public OfferKind getKind() {
        return kind;
    }

    public void setKind(OfferKind kind) {
        this.kind = kind;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public void setCategory(OfferCategory category) {
        this.category = category;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public boolean isOnlyOpen() {
        return onlyOpen;
    }

    public void setOnlyOpen(boolean onlyOpen) {
        this.onlyOpen = onlyOpen;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** A sector of the owning organisation. */
    public Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(Long sectorId) {
        this.sectorId = sectorId;
    }

    /** The region of the owning organisation. */
    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    /** Only the offers of the viewer's organisations (owned, or co-provided and confirmed). */
    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public OfferOrder getOrder() {
        return order;
    }

    public void setOrder(OfferOrder order) {
        this.order = order == null ? OfferOrder.NEWEST : order;
    }
}
