package org.clusterportal.agreements;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator types about an agreement; the version is the one the form showed. */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Agreement.TITLE_LENGTH)
    private String title;

    @Size(max = Agreement.REFERENCE_LENGTH)
    private String reference;

    private LocalDate signedOn;

    @Size(max = Agreement.PLACE_LENGTH)
    private String signedAt;

    private LocalDate validFrom;
    private LocalDate validTo;
    private List<CooperationArea> areas = new ArrayList<>();
    private boolean publicAccess;
    private long version;

    public static AgreementForm of(Agreement agreement) {
        AgreementForm form = new AgreementForm();
        form.title = agreement.getTitle();
        form.reference = agreement.getReference();
        form.signedOn = agreement.getSignedOn();
        form.signedAt = agreement.getSignedAt();
        form.validFrom = agreement.getValidFrom();
        form.validTo = agreement.getValidTo();
        form.areas = new ArrayList<>(agreement.getAreas());
        form.publicAccess = agreement.isPublicAccess();
        form.version = agreement.getVersion();
        return form;
    }

    void applyTo(Agreement agreement) {
        Set<CooperationArea> chosen = areas == null || areas.isEmpty() ? EnumSet.noneOf(CooperationArea.class) : EnumSet.copyOf(areas);
        agreement.describe(title.strip(), blankToNull(reference), signedOn, blankToNull(signedAt), validFrom, validTo,
                chosen, publicAccess);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignedAt() {
        return signedAt;
    }

    public void setSignedAt(String signedAt) {
        this.signedAt = signedAt;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public List<CooperationArea> getAreas() {
        return areas;
    }

    public void setAreas(List<CooperationArea> areas) {
        this.areas = areas;
    }

    public boolean isPublicAccess() {
        return publicAccess;
    }

    public void setPublicAccess(boolean publicAccess) {
        this.publicAccess = publicAccess;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
