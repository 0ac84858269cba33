package org.clusterportal.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.clusterportal.agreements.Reach;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The rules of a proposal without a container: its form, its status, its consortium and the budget shares. */
class ProjectProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final Organisation lead = new Organisation("Jastrzębie Innovation Labs", OrganisationKind.COMPANY, "PL", "Jastrzębie-Zdrój");
    private final Organisation university = new Organisation("Politechnika Śląska", OrganisationKind.UNIVERSITY, "PL", "Gliwice");
    private final Organisation hospital = new Organisation("MedTech Silesia", OrganisationKind.COMPANY, "PL", "Katowice");
    private final Person anna = person("Anna");
    private final Person tomasz = person("Tomasz");

    @Test
    void aNewProposalIsAnIdeaWithItsLeadAsTheOnlyAcceptedPartner() {
        ProjectProposal proposal = proposal();

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.IDEA);
        assertThat(proposal.acceptedPartners()).singleElement().satisfies(partner -> {
            assertThat(partner.getOrganisation()).isSameAs(lead);
            assertThat(partner.getRole()).isEqualTo(PartnerRole.COORDINATOR);
            assertThat(partner.isLead()).isTrue();
        });
        assertThat(proposal.getDeadlineInZone().getZone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(proposal.getDeadlineInZone().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 2, 18, 17, 0));
        assertThat(proposal.getDeadline()).isEqualTo(Instant.parse("2027-02-18T16:00:00Z"));
    }

    @Test
    void submittingNeedsTwoAcceptedPartners() {
        ProjectProposal proposal = proposal();
        proposal.moveTo(ProposalStatus.CONSORTIUM_BUILDING, NOW);
        proposal.moveTo(ProposalStatus.IN_PREPARATION, NOW);
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.SUBMITTED, NOW))
                .isInstanceOf(BusinessException.class).hasMessage("proposal.status.needsPartners");

        Partner requested = proposal.requestToJoin(university, null, tomasz, "We do the research.");
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.SUBMITTED, NOW))
                .as("a request not yet accepted does not count").hasMessage("proposal.status.needsPartners");

        proposal.decide(requested, true, anna, NOW);
        proposal.moveTo(ProposalStatus.SUBMITTED, NOW);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(requested.getContact()).as("who asked speaks for the partner").isSameAs(tomasz);
    }

    @Test
    void aPassedDeadlineRefusesInPreparationButNotTheOutcome() {
        ProjectProposal proposal = proposal();
        Instant afterDeadline = proposal.getDeadline().plusSeconds(1);
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.IN_PREPARATION, afterDeadline))
                .isInstanceOf(BusinessException.class).hasMessage("proposal.status.deadlinePassed");
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.IN_PREPARATION, proposal.getDeadline()))
                .as("the deadline's very second is already too late").hasMessage("proposal.status.deadlinePassed");

        proposal.moveTo(ProposalStatus.IN_PREPARATION, NOW);
        proposal.decide(proposal.requestToJoin(university, null, tomasz, null), true, anna, NOW);
        proposal.moveTo(ProposalStatus.SUBMITTED, proposal.getDeadline().minusSeconds(60));
        Instant decided = afterDeadline.plus(Duration.ofDays(90));
        proposal.moveTo(ProposalStatus.FUNDED, decided);

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.FUNDED);
        assertThat(proposal.getOutcomeOn()).isEqualTo(decided);
        for (ProposalStatus any : ProposalStatus.values()) {
            if (any != ProposalStatus.FUNDED) {
                assertThatThrownBy(() -> proposal.moveTo(any, decided)).as("from funded to %s", any)
                        .hasMessage("proposal.status.notAllowed");
            }
        }
        assertThat(proposal.getOutcomeOn()).as("the outcome is kept").isEqualTo(decided);
    }

    @Test
    void onlyTheTransitionsOfTheLifecycleAreAllowed() {
        ProjectProposal proposal = proposal();
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.SUBMITTED, NOW)).hasMessage("proposal.status.notAllowed");
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.FUNDED, NOW)).hasMessage("proposal.status.notAllowed");
        proposal.moveTo(ProposalStatus.WITHDRAWN, NOW);
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.IDEA, NOW)).hasMessage("proposal.status.notAllowed");
        assertThat(ProposalStatus.WITHDRAWN.isFinal()).isTrue();
        assertThat(ProposalStatus.SUBMITTED.next()).containsExactlyInAnyOrder(ProposalStatus.FUNDED, ProposalStatus.REJECTED,
                ProposalStatus.WITHDRAWN);
    }

    @Test
    void budgetSharesOfAcceptedPartnersAddUpToAtMostAHundredPercent() {
        ProjectProposal proposal = proposal();
        Partner leadPartner = proposal.acceptedPartners().get(0);
        Partner research = proposal.requestToJoin(university, null, tomasz, null);
        assertThatThrownBy(() -> proposal.changeShare(research, new BigDecimal("10")))
                .as("not yet accepted").hasMessage("proposal.share.notAccepted");
        proposal.decide(research, true, anna, NOW);

        proposal.changeShare(leadPartner, new BigDecimal("60.50"));
        proposal.changeShare(research, new BigDecimal("39.50"));
        assertThat(proposal.getTotalShare()).isEqualByComparingTo("100");

        assertThatThrownBy(() -> proposal.changeShare(research, new BigDecimal("39.51")))
                .isInstanceOf(BusinessException.class).hasMessage("proposal.share.overTotal")
                .satisfies(refusal -> assertThat(((BusinessException) refusal).getField()).contains("share"));
        assertThatThrownBy(() -> proposal.changeShare(research, new BigDecimal("-1"))).hasMessage("proposal.share.range");
        assertThatThrownBy(() -> proposal.changeShare(leadPartner, new BigDecimal("100.01"))).hasMessage("proposal.share.range");
        assertThat(research.getBudgetShare()).isEqualByComparingTo("39.50");

        proposal.changeShare(leadPartner, new BigDecimal("20"));
        proposal.changeShare(research, new BigDecimal("80"));
        assertThat(proposal.getTotalShare()).isEqualByComparingTo("100");
    }

    @Test
    void anOrganisationIsAskedOnceUntilDeclinedAndAnAcceptedRequestFillsItsSearch() {
        ProjectProposal proposal = proposal();
        PartnerProfile research = proposal.seek(PartnerRole.RESEARCH_PARTNER, "Sensor data analysis", Set.of(), Set.of("PL"));
        Partner asked = proposal.requestToJoin(university, research, tomasz, "We have the lab.");
        assertThat(asked.getRole()).isEqualTo(PartnerRole.RESEARCH_PARTNER);
        assertThatThrownBy(() -> proposal.requestToJoin(university, null, tomasz, null)).hasMessage("proposal.partner.already");
        assertThatThrownBy(() -> proposal.invite(university, PartnerRole.END_USER, null, anna, null)).hasMessage("proposal.partner.already");
        assertThatThrownBy(() -> proposal.requestToJoin(lead, null, anna, null)).as("the lead is in already")
                .hasMessage("proposal.partner.already");

        proposal.decide(asked, false, anna, NOW);
        assertThat(asked.getState()).isEqualTo(PartnerState.DECLINED);
        assertThat(research.isOpen()).isTrue();
        assertThatThrownBy(() -> proposal.decide(asked, true, anna, NOW)).hasMessage("proposal.partner.alreadyDecided");

        Partner again = proposal.requestToJoin(university, research, tomasz, "Second try.");
        assertThat(again).isSameAs(asked);
        proposal.decide(again, true, anna, NOW);
        assertThat(research.getState()).isEqualTo(ProfileState.FILLED);
        assertThatThrownBy(() -> proposal.requestToJoin(hospital, research, anna, null)).hasMessage("proposal.profile.notOpen");
    }

    @Test
    void anInvitationAcceptedMakesTheAcceptingPersonTheContact() {
        ProjectProposal proposal = proposal();
        Partner invited = proposal.invite(hospital, PartnerRole.END_USER, null, anna, "Pilot site?");
        assertThat(invited.getState()).isEqualTo(PartnerState.INVITED);
        assertThatThrownBy(() -> proposal.invite(university, PartnerRole.COORDINATOR, null, anna, null))
                .hasMessage("proposal.partner.roleRequired");
        proposal.decide(invited, true, tomasz, NOW);
        assertThat(invited.getContact()).isSameAs(tomasz);
        assertThat(proposal.acceptedPartners()).hasSize(2);
    }

    @Test
    void aClosedProposalTakesNoNewPartners() {
        ProjectProposal proposal = proposal();
        proposal.moveTo(ProposalStatus.WITHDRAWN, NOW);
        assertThatThrownBy(() -> proposal.requestToJoin(university, null, tomasz, null)).hasMessage("proposal.closed");
        assertThatThrownBy(() -> proposal.seek(PartnerRole.END_USER, "Hospitals", Set.of(), Set.of())).hasMessage("proposal.closed");
    }

    @Test
    void theFormIsCheckedFieldByField() {
        assertRefused(form -> form.setDeadline(LocalDateTime.of(2026, 11, 23, 12, 59)), "deadline", "proposal.deadline.past");
        assertRefused(form -> form.setEstimatedBudget(new BigDecimal("-0.01")), "estimatedBudget", "proposal.amount.negative");
        assertRefused(form -> form.setRequestedFunding(new BigDecimal("-5")), "requestedFunding", "proposal.amount.negative");
        assertRefused(form -> form.setRequestedFunding(new BigDecimal("2000001")), "requestedFunding", "proposal.funding.overBudget");
        assertRefused(form -> form.setCallLink("javascript:alert(1)"), "callLink", "proposal.callLink.invalid");
        assertRefused(form -> form.setCallLink("ftp://example.org/call"), "callLink", "proposal.callLink.invalid");
        assertRefused(form -> form.setTimeZone("Mars/Olympus"), "timeZone", "proposal.timeZone.invalid");
        assertRefused(form -> form.setDurationMonths(0), "durationMonths", "proposal.duration.range");
        assertRefused(form -> form.setReach(Reach.PARTICIPANTS), "agreements", "proposal.agreements.required");

        ProposalForm zero = form();
        zero.setEstimatedBudget(BigDecimal.ZERO);
        zero.setRequestedFunding(BigDecimal.ZERO);
        zero.setCallLink("https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/horizon-cl4");
        ProjectProposal proposal = new ProjectProposal(lead, anna, NOW);
        proposal.describe(zero, null, Set.of(), NOW);
        assertThat(proposal.getEstimatedBudget()).isEqualByComparingTo("0");
    }

    @Test
    void anUnchangedPastDeadlineDoesNotBlockOtherChanges() {
        ProjectProposal proposal = proposal();
        Instant later = proposal.getDeadline().plus(Duration.ofDays(1));
        ProposalForm edit = form();
        edit.setSummary("Changed after the deadline");
        proposal.describe(edit, null, Set.of(), later);
        assertThat(proposal.getSummary()).isEqualTo("Changed after the deadline");
    }

    private void assertRefused(java.util.function.Consumer<ProposalForm> change, String field, String key) {
        ProposalForm form = form();
        change.accept(form);
        ProjectProposal proposal = new ProjectProposal(lead, anna, NOW);
        assertThatThrownBy(() -> proposal.describe(form, null, Set.of(), NOW)).as(key)
                .isInstanceOf(BusinessException.class).hasMessage(key)
                .satisfies(refusal -> assertThat(((BusinessException) refusal).getField()).contains(field));
    }

    private ProjectProposal proposal() {
        ProjectProposal proposal = new ProjectProposal(lead, anna, NOW);
        proposal.describe(form(), "<p>Description</p>", Set.of(), NOW);
        return proposal;
    }

    private static ProposalForm form() {
        ProposalForm form = new ProposalForm();
        form.setTitle("Predictive maintenance of mine hoists");
        form.setAcronym("HOIST-AI");
        form.setProgramme("Horizon Europe");
        form.setCallIdentifier("HORIZON-CL4-2027-TWIN-01");
        form.setDeadline(LocalDateTime.of(2027, 2, 18, 17, 0));
        form.setTimeZone("Europe/Brussels");
        form.setEstimatedBudget(new BigDecimal("2000000"));
        form.setRequestedFunding(new BigDecimal("1400000"));
        form.setCurrency("eur");
        form.setDurationMonths(36);
        form.setSummary("Sensors and models that warn before a hoist fails.");
        form.setReach(Reach.PUBLIC);
        form.setLeadId(1L);
        return form;
    }

    private static Person person(String name) {
        return Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), name.toLowerCase(), name, "Test", null, null), NOW);
    }
}
