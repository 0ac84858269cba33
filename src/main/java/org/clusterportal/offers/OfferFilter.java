package org.clusterportal.offers;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/** What the list of offers is narrowed by; empty fields narrow nothing. */
public class OfferFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200)
    private String words;
    private OfferKind kind;
    private OfferCategory category;
    private Long agreementId;
    private boolean onlyOpen;

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
}
