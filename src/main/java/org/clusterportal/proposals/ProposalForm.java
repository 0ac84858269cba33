package org.clusterportal.proposals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Reach;

/**
 * What a member types about a proposal; the deadline is the local time in the call's time zone, the version
 * the one the form showed.
 */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;


    @NotBlank
    @Size(max = ProjectProposal.TITLE_LENGTH)
    private String title;

    @Size(max = ProjectProposal.ACRONYM_LENGTH)
    private String acronym;

    @NotBlank
    @Size(max = ProjectProposal.PROGRAMME_LENGTH)
    private String programme;

    @Size(max = ProjectProposal.CALL_NAME_LENGTH)
    private String callName;

    @Size(max = ProjectProposal.CALL_IDENTIFIER_LENGTH)
    private String callIdentifier;

    @Size(max = ProjectProposal.CALL_LINK_LENGTH)
    private String callLink;

    @NotNull
    private LocalDateTime deadline;

    @NotBlank
    @Size(max = 60)
    private String timeZone = "Europe/Warsaw";

    @Digits(integer = 13, fraction = 2)
    private BigDecimal estimatedBudget;

    @Digits(integer = 13, fraction = 2)
    private BigDecimal requestedFunding;

    @NotBlank
    @Pattern(regexp = "[A-Za-z]{3}")
    private String currency = "EUR";

    private Integer durationMonths;

    @NotBlank
    @Size(max = ProjectProposal.SUMMARY_LENGTH)
    private String summary;

    @Size(max = ProjectProposal.OBJECTIVES_LENGTH)
    private String objectives;

    @Size(max = ProjectProposal.DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    private Long leadId;

    @NotNull
    private Reach reach = Reach.PARTICIPANTS;

    private List<Long> agreementIds = new ArrayList<>();

    private long version;

    public static ProposalForm of(ProjectProposal proposal) {
        ProposalForm form = new ProposalForm();
        form.title = proposal.getTitle();
        form.acronym = proposal.getAcronym();
        form.programme = proposal.getProgramme();
        form.callName = proposal.getCallName();
        form.callIdentifier = proposal.getCallIdentifier();
        form.callLink = proposal.getCallLink();
        form.deadline = proposal.getDeadlineInZone().toLocalDateTime();
        form.timeZone = proposal.getTimeZone();
        form.estimatedBudget = proposal.getEstimatedBudget();
        form.requestedFunding = proposal.getRequestedFunding();
        form.currency = proposal.getCurrency();
        form.durationMonths = proposal.getDurationMonths();
        form.summary = proposal.getSummary();
        form.objectives = proposal.getObjectives();
        form.description = proposal.getDescription();
        form.leadId = proposal.getLead().getId();
        form.reach = proposal.getReach();
        form.agreementIds = new ArrayList<>(proposal.getAgreements().stream().map(agreement -> agreement.getId()).toList());
        form.version = proposal.getVersion();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getCallName() {
        return callName;
    }

    public void setCallName(String callName) {
        this.callName = callName;
    }

    public String getCallIdentifier() {
        return callIdentifier;
    }

    public void setCallIdentifier(String callIdentifier) {
        this.callIdentifier = callIdentifier;
    }

    public String getCallLink() {
        return callLink;
    }

    public void setCallLink(String callLink) {
        this.callLink = callLink;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public BigDecimal getEstimatedBudget() {
        return estimatedBudget;
    }

    public void setEstimatedBudget(BigDecimal estimatedBudget) {
        this.estimatedBudget = estimatedBudget;
    }

    public BigDecimal getRequestedFunding() {
        return requestedFunding;
    }

    public void setRequestedFunding(BigDecimal requestedFunding) {
        this.requestedFunding = requestedFunding;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
