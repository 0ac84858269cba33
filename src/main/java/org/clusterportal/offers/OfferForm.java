package org.clusterportal.offers;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Reach;

/** What a member types about an offer; the version is the one the form showed. */
public class OfferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private OfferKind kind = OfferKind.OFFER;

    @NotNull
    private OfferCategory category;

    @NotBlank
    @Size(max = Offer.TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = Offer.SUMMARY_LENGTH)
    private String summary;

    /** The editor's HTML, longer than what is kept: the sanitised text must fit {@link Offer#DESCRIPTION_LENGTH}. */
    @Size(max = 4 * Offer.DESCRIPTION_LENGTH)
    private String description;

    @Size(max = Offer.KEYWORDS_LENGTH)
    private String keywords;

    @NotNull
    private Long ownerId;

    @NotNull
    private Reach reach = Reach.PARTICIPANTS;

    private List<Long> agreementIds = new ArrayList<>();

    /** Organisations named as co-providers of a joint offer. */
    private List<Long> coProviderIds = new ArrayList<>();

    @NotNull
    private LocalDate validUntil = LocalDate.now().plusMonths(Offer.DEFAULT_MONTHS);

    private long version;

    /** The form of an offer, with the co-providers named on it. */
    public static OfferForm of(Offer offer, List<OfferCoProvider> coProviders) {
        OfferForm form = of(offer);
        form.coProviderIds = new ArrayList<>(coProviders.stream().map(coProvider -> coProvider.getOrganisation().getId()).toList());
        return form;
    }

    public static OfferForm of(Offer offer) {
        OfferForm form = new OfferForm();
        form.kind = offer.getKind();
        form.category = offer.getCategory();
        form.title = offer.getTitle();
        form.summary = offer.getSummary();
        form.description = offer.getDescription();
        form.keywords = offer.getKeywords();
        form.ownerId = offer.getOwner().getId();
        form.reach = offer.getReach();
        form.agreementIds = new ArrayList<>(offer.getAgreements().stream().map(agreement -> agreement.getId()).toList());
        form.validUntil = offer.getValidUntil();
        form.version = offer.getVersion();
        return form;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Reach getReach() {
        return reach;
    }

    public void setReach(Reach reach) {
        this.reach = reach;
    }

    public List<Long> getAgreementIds() {
        return agreementIds;
    }

    /** Faces' selectMany needs a list it may change. */
    public void setAgreementIds(List<Long> agreementIds) {
        this.agreementIds = agreementIds == null ? new ArrayList<>() : new ArrayList<>(agreementIds);
    }

    public List<Long> getCoProviderIds() {
        return coProviderIds;
    }

    /** Faces' selectMany needs a list it may change. */
    public void setCoProviderIds(List<Long> coProviderIds) {
        this.coProviderIds = coProviderIds == null ? new ArrayList<>() : new ArrayList<>(coProviderIds);
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
