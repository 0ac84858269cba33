package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access rule of offers as a matrix, on the database: who finds an offer in the list and by its id, who
 * changes it, and the rules of its date.
 */
@ExtendWith(ArquillianExtension.class)
class OfferServiceIT {

    @Inject
    private OfferService offerService;

    @Inject
    private OfferLifecycleService lifecycleService;

    @Inject
    private OrganisationService organisationService;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Agreement agreement;
    private Agreement otherAgreement;
    private Organisation owner;
    private Viewer author;
    private Viewer colleague;
    private Viewer participant;
    private Viewer throughCluster;
    private Viewer unrelated;
    private Viewer ofOtherOrganisation;
    private final Viewer admin = new Viewer(-42L, true);
    private String word;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makeData() throws Exception {
        word = "w" + UUID.randomUUID().toString().replace("-", "");
        transaction.begin();
        owner = organisation("Owner");
        Organisation partner = organisation("Partner");
        Organisation other = organisation("Other");
        Organisation elsewhere = organisation("Elsewhere");

        agreement = new Agreement("Offers agreement " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(owner, null);
        agreement.addSignatory(partner, null);
        entityManager.persist(agreement);

        otherAgreement = new Agreement("Unrelated agreement " + UUID.randomUUID());
        otherAgreement.describe(otherAgreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        otherAgreement.addSignatory(other, null);
        otherAgreement.addSignatory(elsewhere, null);
        entityManager.persist(otherAgreement);

        author = viewerWorkingFor(owner);
        colleague = viewerWorkingFor(owner);
        participant = viewerWorkingFor(partner);
        Organisation memberOfPartner = organisation("Member of partner");
        entityManager.flush();
        entityManager.createNativeQuery("insert into cluster_member (cluster_id, member_id) values (?, ?)")
                .setParameter(1, partner.getId()).setParameter(2, memberOfPartner.getId()).executeUpdate();
        throughCluster = viewerWorkingFor(memberOfPartner);
        unrelated = viewerWorkingFor(elsewhere);
        ofOtherOrganisation = viewerWorkingFor(other);
        transaction.commit();
    }

    @Test
    void aDraftIsSeenOnlyByItsOrganisationAndAdmins() {
        Offer offer = lifecycleService.create(author, form());

        for (Viewer viewer : new Viewer[] { author, colleague, admin }) {
            assertThat(offerService.find(viewer, offer.getId())).as("find for %s", viewer).isPresent();
            assertThat(offerService.list(viewer, byWord(), 0, 100)).as("list for %s", viewer).containsExactly(offer);
        }
        for (Viewer viewer : new Viewer[] { participant, throughCluster, unrelated, Viewer.VISITOR }) {
            assertThat(offerService.find(viewer, offer.getId())).as("find for %s", viewer).isEmpty();
            assertThat(offerService.list(viewer, byWord(), 0, 100)).as("list for %s", viewer).isEmpty();
            assertThat(offerService.count(viewer, byWord())).as("count for %s", viewer).isZero();
        }
    }

    @Test
    void aPublishedOfferIsSeenByTheParticipantsOfItsAgreementsOnly() {
        Offer offer = lifecycleService.publish(author, lifecycleService.create(author, form()).getId());

        for (Viewer viewer : new Viewer[] { author, participant, throughCluster, admin }) {
            assertThat(offerService.find(viewer, offer.getId())).as("find for %s", viewer).isPresent();
            assertThat(offerService.list(viewer, byWord(), 0, 100)).as("list for %s", viewer).containsExactly(offer);
        }
        for (Viewer viewer : new Viewer[] { unrelated, ofOtherOrganisation, Viewer.VISITOR }) {
            assertThat(offerService.find(viewer, offer.getId())).as("find for %s", viewer).isEmpty();
            assertThat(offerService.list(viewer, byWord(), 0, 100)).as("list for %s", viewer).isEmpty();
            assertThat(offerService.visibleAmong(viewer, Set.of(offer.getId(), -7L))).as("among for %s", viewer).isEmpty();
        }
        assertThat(offerService.visibleAmong(throughCluster, Set.of(offer.getId(), -7L))).containsExactly(offer.getId());

        OfferFilter ofOtherAgreement = byWord();
        ofOtherAgreement.setAgreementId(otherAgreement.getId());
        assertThat(offerService.list(participant, ofOtherAgreement, 0, 100)).isEmpty();
        OfferFilter requests = byWord();
        requests.setKind(OfferKind.REQUEST);
        assertThat(offerService.count(participant, requests)).isZero();
        OfferFilter open = byWord();
        open.setOnlyOpen(true);
        open.setAgreementId(agreement.getId());
        open.setCategory(OfferCategory.TECHNOLOGY);
        assertThat(offerService.list(participant, open, 0, 100)).containsExactly(offer);

        lifecycleService.withdraw(author, offer.getId());
        assertThat(offerService.find(participant, offer.getId())).isEmpty();
    }

    @Test
    void aPublicOfferIsSeenByEverybodyUntilWithdrawn() {
        OfferForm form = form();
        form.setReach(Reach.PUBLIC);
        form.setAgreementIds(List.of());
        Offer offer = lifecycleService.publish(author, lifecycleService.create(author, form).getId());
        try {
            assertThat(offerService.find(Viewer.VISITOR, offer.getId())).isPresent();
            assertThat(offerService.list(unrelated, byWord(), 0, 100)).containsExactly(offer);
        }
        finally {
            lifecycleService.withdraw(author, offer.getId());
        }
        assertThat(offerService.find(Viewer.VISITOR, offer.getId())).isEmpty();
    }

    @Test
    void onlyItsOrganisationAndAdminsChangeIt() {
        Offer offer = lifecycleService.create(author, form());
        OfferForm change = OfferForm.of(offer);
        change.setTitle("Changed by a colleague " + word);
        Long id = offer.getId();
        lifecycleService.update(colleague, id, change);

        OfferForm replayed = OfferForm.of(offerService.find(admin, id).orElseThrow());
        for (Viewer viewer : new Viewer[] { ofOtherOrganisation, participant, Viewer.VISITOR }) {
            assertThatThrownBy(() -> lifecycleService.update(viewer, id, replayed)).as("update by %s", viewer)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lifecycleService.publish(viewer, id)).as("publish by %s", viewer)
                    .isInstanceOf(AccessDeniedException.class);
        }
        lifecycleService.update(admin, id, replayed);
        assertThat(offerService.find(author, id).orElseThrow().getTitle()).isEqualTo("Changed by a colleague " + word);
    }

    @Test
    void aStaleFormIsRefused() {
        Offer offer = lifecycleService.create(author, form());
        OfferForm first = OfferForm.of(offer);
        OfferForm second = OfferForm.of(offer);
        first.setSummary("First");
        lifecycleService.update(author, offer.getId(), first);

        second.setSummary("Second");
        assertThatThrownBy(() -> lifecycleService.update(colleague, offer.getId(), second))
                .isInstanceOf(BusinessException.class).hasMessage("form.changedMeanwhile");
        assertThat(offerService.find(author, offer.getId()).orElseThrow().getSummary()).isEqualTo("First");
    }

    @Test
    void aDateInThePastOrBeyondTwoYearsIsRefusedByItsField() {
        OfferForm past = form();
        past.setValidUntil(LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> lifecycleService.create(author, past)).isInstanceOf(BusinessException.class)
                .hasMessage("offer.validUntil.past")
                .satisfies(refusal -> assertThat(((BusinessException) refusal).getField()).contains("validUntil"));

        OfferForm tooLate = form();
        tooLate.setValidUntil(LocalDate.now().plusMonths(24).plusDays(1));
        assertThatThrownBy(() -> lifecycleService.create(author, tooLate)).isInstanceOf(BusinessException.class)
                .hasMessage("offer.validUntil.tooLate");

        OfferForm latest = form();
        latest.setValidUntil(LocalDate.now().plusMonths(24));
        assertThat(lifecycleService.create(author, latest).getValidUntil()).isEqualTo(LocalDate.now().plusMonths(24));
    }

    @Test
    void theAudienceIsOnlyAgreementsTheOwnerTakesPartIn() {
        OfferForm foreign = form();
        foreign.setAgreementIds(List.of(otherAgreement.getId()));
        assertThatThrownBy(() -> lifecycleService.create(author, foreign)).isInstanceOf(BusinessException.class)
                .hasMessage("offer.agreements.notTakingPart");

        OfferForm none = form();
        none.setAgreementIds(List.of());
        assertThatThrownBy(() -> lifecycleService.create(author, none)).isInstanceOf(BusinessException.class)
                .hasMessage("offer.agreements.required");

        OfferForm forAnotherOrganisation = form();
        assertThatThrownBy(() -> lifecycleService.create(unrelated, forAnotherOrganisation))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchWordsAreTakenLiterally() {
        lifecycleService.create(author, form());
        OfferFilter wildcard = new OfferFilter();
        wildcard.setWords(word + " 100%_\"' OR 1=1 --");
        assertThat(offerService.list(author, wildcard, 0, 10)).isEmpty();
        OfferFilter longInput = new OfferFilter();
        longInput.setWords(word.substring(0, 10).toUpperCase());
        assertThat(offerService.list(author, longInput, 0, 10)).isNotEmpty();
    }

    @Test
    void theOwnerFilterSuggestsApprovedOrganisationsByTheTypedWords() {
        String name = owner.getName();
        String typed = name.substring(name.indexOf(' ') + 1, name.indexOf(' ') + 9).toUpperCase() + " own";
        assertThat(organisationService.approvedNamed(typed, 10)).containsExactly(owner);
        assertThat(organisationService.approvedNamed(" ", 10)).isEmpty();
        assertThat(organisationService.approvedNamed("%", 10)).as("taken literally").isEmpty();
    }

    @Test
    void anyVisibleProbesWhatTheViewerMaySee() {
        assertThat(offerService.anyVisible(admin)).isTrue();
        lifecycleService.create(author, form());
        assertThat(offerService.anyVisible(author)).isTrue();
    }

    private OfferForm form() {
        OfferForm form = new OfferForm();
        form.setKind(OfferKind.OFFER);
        form.setCategory(OfferCategory.TECHNOLOGY);
        form.setTitle("Laser cladding " + word);
        form.setSummary("Repair of worn mining parts");
        form.setKeywords("laser, cladding");
        form.setOwnerId(owner.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        return form;
    }

    private OfferFilter byWord() {
        OfferFilter filter = new OfferFilter();
        filter.setWords(word);
        return filter;
    }

    private Organisation organisation(String name) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Viewer viewerWorkingFor(Organisation organisation) {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "p", "Test", "Person", null, null), Instant.now());
        entityManager.persist(person);
        entityManager.persist(new Membership(person, organisation));
        return new Viewer(person.getId(), false);
    }
}
