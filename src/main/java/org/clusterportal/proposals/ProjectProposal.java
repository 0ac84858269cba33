package org.clusterportal.proposals;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.Grantee;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A joint project being prepared for a programme's call by a consortium around its lead organisation. It is
 * shared with the participants of some agreements (or with everybody) as a partner search; its status moves
 * by {@link #moveTo}, whose rules are here: a passed deadline refuses "in preparation", "submitted" needs at
 * least two accepted partners, and the outcome stays once decided.
 * <p>
 * Longer than most classes on purpose: a rich entity, it keeps the rules of the consortium (partners, shares,
 * partner searches, checklist) next to its fields; its queries live in services.
 * <p>
 * What pages show of many proposals at once (lead, contact, searches, partners, and theirs) is read with
 * {@link BatchFetch}: one {@code IN} query for all the rows a query returned, never one query per row.
 */
@Entity
@Table(name = "project_proposal")
public class ProjectProposal extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int ACRONYM_LENGTH = 30;
    public static final int PROGRAMME_LENGTH = 150;
    public static final int CALL_NAME_LENGTH = 300;
    public static final int CALL_IDENTIFIER_LENGTH = 100;
    public static final int CALL_LINK_LENGTH = 500;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int OBJECTIVES_LENGTH = 4000;
    public static final int DESCRIPTION_LENGTH = 20000;
    public static final int MAX_DURATION_MONTHS = 120;
    public static final int MIN_PARTNERS_TO_SUBMIT = 2;
    public static final BigDecimal FULL_SHARE = new BigDecimal("100");

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = ACRONYM_LENGTH)
    @Column(length = ACRONYM_LENGTH)
    private String acronym;

    @NotBlank
    @Size(max = PROGRAMME_LENGTH)
    @Column(nullable = false, length = PROGRAMME_LENGTH)
    private String programme;

    @Size(max = CALL_NAME_LENGTH)
    @Column(name = "call_name", length = CALL_NAME_LENGTH)
    private String callName;

    @Size(max = CALL_IDENTIFIER_LENGTH)
    @Column(name = "call_identifier", length = CALL_IDENTIFIER_LENGTH)
    private String callIdentifier;

    @Size(max = CALL_LINK_LENGTH)
    @Column(name = "call_link", length = CALL_LINK_LENGTH)
    private String callLink;

    @NotNull
    @Column(nullable = false)
    private Instant deadline;

    /** The zone the call states its deadline in (e.g. Europe/Brussels), as a {@link ZoneId}. */
    @NotBlank
    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "estimated_budget", precision = 15, scale = 2)
    private BigDecimal estimatedBudget;

    @Column(name = "requested_funding", precision = 15, scale = 2)
    private BigDecimal requestedFunding;

    /** ISO 4217. */
    @NotBlank
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Size(max = OBJECTIVES_LENGTH)
    @Column(length = OBJECTIVES_LENGTH)
    private String objectives;

    /** Sanitised HTML (platform/text/RichText): shown unescaped. */
    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reach reach;

    @ManyToMany
    @JoinTable(name = "proposal_agreement", joinColumns = @JoinColumn(name = "proposal_id"),
            inverseJoinColumns = @JoinColumn(name = "agreement_id"))
    private Set<Agreement> agreements = new HashSet<>();

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_id", nullable = false, updatable = false)
    private Organisation lead;

    @NotNull
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Person contact;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProposalStatus status = ProposalStatus.IDEA;

    @Column(name = "status_changed", nullable = false)
    private Instant statusChanged;

    /** When it was funded or rejected: kept for the cooperation figures. */
    @Column(name = "outcome_on")
    private Instant outcomeOn;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PartnerProfile> profiles = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Partner> partners = new ArrayList<>();

    protected ProjectProposal() {
        // for JPA
    }

    /** A new idea of the lead organisation, which is its first accepted partner, as coordinator. */
    public ProjectProposal(Organisation lead, Person contact, Instant now) {
        this.lead = lead;
        this.contact = contact;
        this.statusChanged = now;
        partners.add(new Partner(this, lead, PartnerRole.COORDINATOR, null, contact, PartnerState.ACCEPTED, null, contact));
    }

    /**
     * Sets what the proposal says and who sees it. A new proposal's deadline (or a changed one) must be ahead;
     * amounts are not negative and the funding asked is not more than the budget; the call's link is http(s).
     */
    void describe(ProposalForm form, String sanitisedDescription, Set<Agreement> audience, Instant now) {
        ZoneId zone = zone(form.getTimeZone());
        if (form.getDeadline() == null) {
            throw BusinessException.onField("deadline", "proposal.deadline.required");
        }
        Instant newDeadline = form.getDeadline().atZone(zone).toInstant();
        if ((deadline == null || !newDeadline.equals(deadline)) && !newDeadline.isAfter(now)) {
            throw BusinessException.onField("deadline", "proposal.deadline.past");
        }
        checkAmount(form.getEstimatedBudget(), "estimatedBudget");
        checkAmount(form.getRequestedFunding(), "requestedFunding");
        if (form.getEstimatedBudget() != null && form.getRequestedFunding() != null
                && form.getRequestedFunding().compareTo(form.getEstimatedBudget()) > 0) {
            throw BusinessException.onField("requestedFunding", "proposal.funding.overBudget");
        }
        if (form.getDurationMonths() != null && (form.getDurationMonths() < 1 || form.getDurationMonths() > MAX_DURATION_MONTHS)) {
            throw BusinessException.onField("durationMonths", "proposal.duration.range", MAX_DURATION_MONTHS);
        }
        String link = blankToNull(form.getCallLink());
        if (link != null && !isWebLink(link)) {
            throw BusinessException.onField("callLink", "proposal.callLink.invalid");
        }
        if (form.getReach() == Reach.PARTICIPANTS && audience.isEmpty()) {
            throw BusinessException.onField("agreements", "proposal.agreements.required");
        }
        title = form.getTitle().strip();
        acronym = blankToNull(form.getAcronym());
        programme = form.getProgramme().strip();
        callName = blankToNull(form.getCallName());
        callIdentifier = blankToNull(form.getCallIdentifier());
        callLink = link;
        deadline = newDeadline;
        timeZone = zone.getId();
        estimatedBudget = form.getEstimatedBudget();
        requestedFunding = form.getRequestedFunding();
        currency = form.getCurrency().strip().toUpperCase(Locale.ROOT);
        durationMonths = form.getDurationMonths();
        summary = form.getSummary().strip();
        objectives = blankToNull(form.getObjectives());
        description = sanitisedDescription == null || sanitisedDescription.isBlank() ? null : sanitisedDescription;
        reach = form.getReach();
        agreements.clear();
        if (reach == Reach.PARTICIPANTS) {
            agreements.addAll(audience);
        }
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        }
        catch (java.time.DateTimeException unknown) {
            throw BusinessException.onField("timeZone", "proposal.timeZone.invalid");
        }
    }

    private static void checkAmount(BigDecimal amount, String field) {
        if (amount != null && amount.signum() < 0) {
            throw BusinessException.onField(field, "proposal.amount.negative");
        }
    }

    /** An absolute http or https address with a host: nothing a browser would run (javascript:, data:). */
    static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Moves to another status by its rule; refusals name the rule. */
    public void moveTo(ProposalStatus target, Instant now) {
        if (target == status) {
            return;
        }
        if (!status.next().contains(target)) {
            throw new BusinessException("proposal.status.notAllowed");
        }
        if (target == ProposalStatus.IN_PREPARATION && isDeadlinePassed(now)) {
            throw new BusinessException("proposal.status.deadlinePassed");
        }
        if (target == ProposalStatus.SUBMITTED && acceptedPartners().size() < MIN_PARTNERS_TO_SUBMIT) {
            throw new BusinessException("proposal.status.needsPartners", MIN_PARTNERS_TO_SUBMIT);
        }
        status = target;
        statusChanged = now;
        if (target == ProposalStatus.FUNDED || target == ProposalStatus.REJECTED) {
            outcomeOn = now;
        }
    }

    public boolean isDeadlinePassed(Instant now) {
        return !deadline.isAfter(now);
    }

    /** The time left until the deadline, never negative. */
    public Duration timeLeft(Instant now) {
        return isDeadlinePassed(now) ? Duration.ZERO : Duration.between(now, deadline);
    }

    /** An organisation asks to join (for a sought profile, or in general) with a message to the lead. */
    Partner requestToJoin(Organisation organisation, PartnerProfile profile, Person asker, String message) {
        PartnerRole role = profile == null ? PartnerRole.OTHER : profile.getRole();
        return ask(organisation, role, profile, asker, message, PartnerState.REQUESTED);
    }

    /** The lead invites an organisation in a role. */
    Partner invite(Organisation organisation, PartnerRole role, PartnerProfile profile, Person lead, String message) {
        if (role == null || role == PartnerRole.COORDINATOR) {
            throw BusinessException.onField("inviteRole", "proposal.partner.roleRequired");
        }
        return ask(organisation, role, profile, lead, message, PartnerState.INVITED);
    }

    private Partner ask(Organisation organisation, PartnerRole role, PartnerProfile profile, Person asker, String message,
            PartnerState state) {
        if (!status.isOpen()) {
            throw new BusinessException("proposal.closed");
        }
        if (profile != null && (!profiles.contains(profile) || profile.getState() != ProfileState.OPEN)) {
            throw new BusinessException("proposal.profile.notOpen");
        }
        Optional<Partner> existing = partnerOf(organisation);
        if (existing.isPresent()) {
            Partner partner = existing.get();
            if (partner.getState() != PartnerState.DECLINED) {
                throw new BusinessException("proposal.partner.already");
            }
            partner.askAgain(role, profile, asker, message, state);
            return partner;
        }
        Partner partner = new Partner(this, organisation, role, profile, null, state, message, asker);
        partners.add(partner);
        return partner;
    }

    /** Accepts or declines a request or an invitation; an accepted partner fills the search it answered. */
    void decide(Partner partner, boolean accept, Person decider, Instant now) {
        if (!partners.contains(partner)) {
            throw new IllegalArgumentException("Not a partner of this proposal");
        }
        if (!status.isOpen() && accept) {
            throw new BusinessException("proposal.closed");
        }
        partner.decide(accept, decider, now);
        if (accept && partner.getProfile() != null) {
            partner.getProfile().fill();
        }
    }

    /** Sets a partner's share of the budget: 0–100 %, and all accepted partners together at most 100 %. */
    void changeShare(Partner partner, BigDecimal share) {
        if (share != null && (share.signum() < 0 || share.compareTo(FULL_SHARE) > 0)) {
            throw BusinessException.onField("share", "proposal.share.range");
        }
        BigDecimal others = acceptedPartners().stream()
                .filter(other -> !other.equals(partner) && other != partner)
                .map(Partner::getBudgetShare)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (share != null && others.add(share).compareTo(FULL_SHARE) > 0) {
            throw BusinessException.onField("share", "proposal.share.overTotal", FULL_SHARE.subtract(others).max(BigDecimal.ZERO));
        }
        partner.changeShare(share);
    }

    PartnerProfile seek(PartnerRole role, String competences, Set<org.clusterportal.organisations.Sector> sectors, Set<String> countries) {
        if (!status.isOpen()) {
            throw new BusinessException("proposal.closed");
        }
        if (role == null || role == PartnerRole.COORDINATOR) {
            throw BusinessException.onField("profileRole", "proposal.partner.roleRequired");
        }
        if (competences == null || competences.isBlank()) {
            throw BusinessException.onField("profileCompetences", "proposal.profile.competencesRequired");
        }
        PartnerProfile profile = new PartnerProfile(this, role, competences.strip(), sectors, countries);
        profiles.add(profile);
        return profile;
    }

    public Optional<Partner> partnerOf(Organisation organisation) {
        return partners.stream().filter(partner -> partner.getOrganisation().equals(organisation)).findFirst();
    }

    public List<Partner> acceptedPartners() {
        return partners.stream().filter(partner -> partner.getState() == PartnerState.ACCEPTED).toList();
    }

    /** The accepted partners' shares together, in percent. */
    public BigDecimal getTotalShare() {
        return acceptedPartners().stream().map(Partner::getBudgetShare).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<PartnerProfile> getOpenProfiles() {
        return profiles.stream().filter(profile -> profile.getState() == ProfileState.OPEN).toList();
    }

    /** The deadline as the call states it, in its own time zone. */
    public ZonedDateTime getDeadlineInZone() {
        return deadline.atZone(ZoneId.of(timeZone));
    }

    /** Who may see it: the organisations named as partners (the lead is one); everybody or the participants of its agreements. */
    Set<String> audience() {
        Set<String> grantees = new HashSet<>(Set.of(Grantee.peopleOf(lead.getId())));
        partners.forEach(partner -> grantees.add(Grantee.peopleOf(partner.getOrganisation().getId())));
        if (reach == Reach.PUBLIC) {
            grantees.add(Grantee.EVERYBODY);
        }
        else {
            agreements.forEach(agreement -> grantees.add(Grantee.participantsOf(agreement.getId())));
        }
        return grantees;
    }

    public boolean isPublicReach() {
        return reach == Reach.PUBLIC;
    }

    public String getTitle() {
        return title;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getProgramme() {
        return programme;
    }

    public String getCallName() {
        return callName;
    }

    public String getCallIdentifier() {
        return callIdentifier;
    }

    public String getCallLink() {
        return callLink;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public BigDecimal getEstimatedBudget() {
        return estimatedBudget;
    }

    public BigDecimal getRequestedFunding() {
        return requestedFunding;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public String getSummary() {
        return summary;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getDescription() {
        return description;
    }

    public Reach getReach() {
        return reach;
    }

    public List<Agreement> getAgreements() {
        return Agreement.byTitle(agreements);
    }

    public Organisation getLead() {
        return lead;
    }

    public Person getContact() {
        return contact;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Instant getStatusChanged() {
        return statusChanged;
    }

    public Instant getOutcomeOn() {
        return outcomeOn;
    }

    public List<PartnerProfile> getProfiles() {
        return List.copyOf(profiles);
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }
}
