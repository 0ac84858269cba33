package org.clusterportal.proposals;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * What the list of proposals is narrowed by; empty fields narrow nothing. The sector and the role are those of
 * an open partner search; {@code mine} keeps the proposals of the viewer's organisations' consortia.
 */
public class ProposalFilter implements Serializable {

    private static final long serialVersionUID = 1L;


    @Size(max = 200)
    private String words;

    @Size(max = 150)
    private String programme;

    private LocalDate deadlineFrom;

    private LocalDate deadlineUntil;

    private Long sectorId;

    private PartnerRole role;

    private ProposalStatus status;

    private Long agreementId;
    private boolean mine;

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getDeadlineFrom() {
        return deadlineFrom;
    }

    public void setDeadlineFrom(LocalDate deadlineFrom) {
        this.deadlineFrom = deadlineFrom;
    }

    public LocalDate getDeadlineUntil() {
        return deadlineUntil;
    }

    public void setDeadlineUntil(LocalDate deadlineUntil) {
        this.deadlineUntil = deadlineUntil;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(Long sectorId) {
        this.sectorId = sectorId;
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public void setStatus(ProposalStatus status) {
        this.status = status;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
