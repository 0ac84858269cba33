package org.clusterportal.proposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationStatus;
import org.clusterportal.organisations.Sector;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Choice;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.security.Viewer;

/**
 * How a consortium forms: the lead publishes partner searches and invites organisations; an organisation's
 * people ask to join; the other side accepts or declines and is told; the lead shares out the budget. Every
 * change of who takes part keeps the proposal's audience ({@link ProposalService#keepAudience}).
 */
@Stateless
public class ConsortiumService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ProposalService proposals;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ProposalNotices notices;

    /** A partner search of the lead: the role sought, the competences, and sectors and countries if they matter. */
    public PartnerProfile seek(@NotNull Viewer viewer, @NotNull Long id, PartnerRole role,
            @Size(max = PartnerProfile.COMPETENCES_LENGTH) String competences, @NotNull Collection<Long> sectorIds,
            @NotNull Collection<String> countries) {
        ProjectProposal proposal = proposals.getLed(viewer, id);
        Set<Sector> sectors = new HashSet<>();
        for (Long sectorId : sectorIds) {
            sectors.add(Optional.ofNullable(entityManager.find(Sector.class, sectorId))
                    .orElseThrow(() -> new BusinessException("form.unknownChoice")));
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (String country : countries) {
            if (!iso.contains(country)) {
                throw new BusinessException("form.unknownChoice");
            }
            codes.add(country);
        }
        PartnerProfile profile = proposal.seek(role, competences, sectors, codes);
        entityManager.persist(profile);
        return profile;
    }

    public void closeProfile(@NotNull Viewer viewer, @NotNull Long profileId) {
        PartnerProfile profile = Optional.ofNullable(entityManager.find(PartnerProfile.class, profileId))
                .orElseThrow(() -> auditLog.refusal(viewer, "Partner profile " + profileId));
        proposals.getLed(viewer, profile.getProposal().getId());
        profile.close();
    }

    /** One of the viewer's organisations asks to join, for a sought profile or in general; the lead is told. */
    public Partner requestToJoin(@NotNull Viewer viewer, @NotNull Long id, Long organisationId, Long profileId,
            @Size(max = Partner.MESSAGE_LENGTH) String message) {
        ProjectProposal proposal = proposals.find(viewer, id).orElseThrow(() -> auditLog.refusal(viewer, "Proposal " + id));
        if (organisationId == null) {
            throw BusinessException.onField("organisation", "proposal.partner.organisationRequired");
        }
        Organisation organisation = Optional.ofNullable(entityManager.find(Organisation.class, organisationId))
                .filter(candidate -> accessPolicy.worksFor(viewer, candidate))
                .orElseThrow(() -> auditLog.refusal(viewer, "Join request for organisation " + organisationId));
        Partner partner = proposal.requestToJoin(organisation, profileOf(proposal, profileId), proposals.actor(viewer), message);
        persistIfNew(partner);
        proposals.keepAudience(id);
        notices.tell(NoticeKind.PARTNER_REQUESTED, notices.peopleOf(proposal.getLead()), proposal, viewer, partner.getMessage());
        return partner;
    }

    /** The lead invites an approved organisation; its people are told and answer. */
    public Partner invite(@NotNull Viewer viewer, @NotNull Long id, Long organisationId, PartnerRole role, Long profileId,
            @Size(max = Partner.MESSAGE_LENGTH) String message) {
        ProjectProposal proposal = proposals.getLed(viewer, id);
        if (organisationId == null) {
            throw BusinessException.onField("inviteOrganisation", "proposal.partner.organisationRequired");
        }
        Organisation organisation = Optional.ofNullable(entityManager.find(Organisation.class, organisationId))
                .filter(candidate -> candidate.getStatus() == OrganisationStatus.APPROVED)
                .orElseThrow(() -> BusinessException.onField("inviteOrganisation", "form.unknownChoice"));
        PartnerProfile profile = profileOf(proposal, profileId);
        Partner partner = proposal.invite(organisation, profile == null ? role : profile.getRole(), profile, proposals.actor(viewer),
                message);
        persistIfNew(partner);
        proposals.keepAudience(id);
        notices.tell(NoticeKind.PARTNER_INVITED, notices.peopleOf(organisation), proposal, viewer, partner.getMessage());
        return partner;
    }

    /**
     * Approved organisations whose names contain every word typed, that the lead could invite (not partners
     * already, unless declined), by name, a page at a time: the invitation's picker, however many there are.
     */
    public List<Choice> invitable(@NotNull Viewer viewer, @NotNull Long id, @Size(max = 200) String words,
            @Min(0) int first, @Min(1) @Max(50) int pageSize) {
        proposals.getLed(viewer, id);
        return new Where()
                .and("o.status = :approvedOrganisation", "approvedOrganisation", OrganisationStatus.APPROVED)
                .containsWords(SearchWords.of(words), "o.name")
                .and("not exists (select x.id from Partner x where x.proposal.id = :proposal and x.organisation = o and x.state <> :declined)")
                .bind("proposal", id).bind("declined", PartnerState.DECLINED)
                .query(entityManager, "select new org.clusterportal.platform.faces.Choice(o.id, o.name) from Organisation o",
                        " order by o.name, o.id", Choice.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /**
     * Accepts or declines: a request by the lead's people, an invitation by the invited organisation's people.
     * The other side is told.
     */
    public Partner decide(@NotNull Viewer viewer, @NotNull Long partnerId, boolean accept) {
        Partner partner = Optional.ofNullable(entityManager.find(Partner.class, partnerId))
                .orElseThrow(() -> auditLog.refusal(viewer, "Partner " + partnerId));
        ProjectProposal proposal = partner.getProposal();
        boolean allowed = switch (partner.getState()) {
            case REQUESTED -> proposals.canLead(viewer, proposal);
            case INVITED -> viewer.admin() || accessPolicy.worksFor(viewer, partner.getOrganisation());
            default -> proposals.canLead(viewer, proposal) || accessPolicy.worksFor(viewer, partner.getOrganisation());
        };
        if (!allowed) {
            throw auditLog.refusal(viewer, "Decision on partner " + partnerId);
        }
        Organisation other = partner.getState() == PartnerState.INVITED ? proposal.getLead() : partner.getOrganisation();
        proposal.decide(partner, accept, proposals.actor(viewer), Instant.now());
        proposals.keepAudience(proposal.getId());
        notices.tell(NoticeKind.PARTNER_DECIDED, notices.peopleOf(other), proposal, viewer, null);
        return partner;
    }

    /** The lead sets an accepted partner's share of the budget (all together at most 100 %). */
    public Partner changeShare(@NotNull Viewer viewer, @NotNull Long partnerId, BigDecimal share) {
        Partner partner = Optional.ofNullable(entityManager.find(Partner.class, partnerId))
                .orElseThrow(() -> auditLog.refusal(viewer, "Partner " + partnerId));
        ProjectProposal proposal = proposals.getLed(viewer, partner.getProposal().getId());
        // Two leads changing shares at once must not both pass the 100 % check: the proposal row is locked.
        entityManager.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        proposal.changeShare(partner, share == null ? null : share.setScale(2, RoundingMode.HALF_UP));
        return partner;
    }

    private PartnerProfile profileOf(ProjectProposal proposal, Long profileId) {
        if (profileId == null) {
            return null;
        }
        return proposal.getProfiles().stream().filter(profile -> profile.getId().equals(profileId)).findFirst()
                .orElseThrow(() -> new BusinessException("proposal.profile.notOpen"));
    }

    private void persistIfNew(Partner partner) {
        if (partner.isNew()) {
            entityManager.persist(partner);
        }
    }
}
