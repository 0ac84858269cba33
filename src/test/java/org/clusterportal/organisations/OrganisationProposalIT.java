package org.clusterportal.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proposing an organisation and who approves it; asking to join one and who decides; what keeps an organisation
 * from being removed. On the database, through the services' own access checks.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationProposalIT {

    @Inject
    private OrganisationService organisationService;

    @Inject
    private OrganisationEntries entries;

    @Inject
    private OrganisationApprovals approvals;

    @Inject
    private OrganisationLogos logos;

    @Inject
    private Sectors sectors;

    @Inject
    private DirectoryChoices directoryChoices;

    @Inject
    private MembershipService membershipService;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Organisation cluster;
    private Viewer proposer;
    private Viewer coordinatorOfItsAgreement;
    private Viewer coordinatorOfAnother;
    private Viewer unrelated;
    private Viewer admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addClass(TestFiles.class);
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        cluster = new Organisation(unique("Cluster"), OrganisationKind.CLUSTER, "PL", "Gliwice");
        entityManager.persist(cluster);
        Agreement agreement = new Agreement(unique("Signed by the cluster"));
        agreement.addSignatory(cluster, null);
        Person coordinator = person();
        agreement.nameCoordinator(coordinator);
        entityManager.persist(agreement);
        Agreement another = new Agreement(unique("Another"));
        Person otherCoordinator = person();
        another.nameCoordinator(otherCoordinator);
        entityManager.persist(another);
        proposer = new Viewer(person().getId(), false);
        unrelated = new Viewer(person().getId(), false);
        coordinatorOfItsAgreement = new Viewer(coordinator.getId(), false);
        coordinatorOfAnother = new Viewer(otherCoordinator.getId(), false);
        admin = new Viewer(person().getId(), true);
        transaction.commit();
    }

    @Test
    void aProposalIsSeenByItsProposerAndApproversOnlyUntilApproved() {
        Organisation proposed = entries.propose(proposer, form(unique("Silesian Sensors")));

        assertThat(organisationService.find(proposer, proposed.getId())).isPresent();
        assertThat(organisationService.find(coordinatorOfItsAgreement, proposed.getId())).isPresent();
        assertThat(organisationService.find(admin, proposed.getId())).isPresent();
        for (Viewer other : new Viewer[] { unrelated, coordinatorOfAnother, Viewer.VISITOR }) {
            assertThat(organisationService.find(other, proposed.getId())).as("find for %s", other).isEmpty();
            assertThat(approvals.proposalsFor(other)).as("queue of %s", other).doesNotContain(proposed);
        }
        assertThat(approvals.proposalsFor(coordinatorOfItsAgreement)).contains(proposed);
        assertThat(directory(proposed.getName())).isEmpty();
    }

    @Test
    void aCoordinatorOfAnAgreementItsClusterSignedApprovesItAndTheProposerBecomesItsAdministrator() {
        Organisation proposed = entries.propose(proposer, form(unique("Beskid Robotics")));

        assertThatThrownBy(() -> approvals.approve(coordinatorOfAnother, proposed.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.approve(proposer, proposed.getId()))
                .as("a proposer does not approve their own proposal").isInstanceOf(AccessDeniedException.class);
        approvals.approve(coordinatorOfItsAgreement, proposed.getId());

        assertThat(directory(proposed.getName())).containsExactly(proposed);
        Membership first = membershipService.ofPerson(proposer.personId()).get(0);
        assertThat(first.isApproved()).isTrue();
        assertThat(first.isAdministrator()).isTrue();
        assertThat(organisationService.canEdit(proposer, organisationService.get(admin, proposed.getId()))).isTrue();
    }

    @Test
    void onceApprovedOnlyAnAdminChangesWhichClustersAnOrganisationBelongsTo() throws Exception {
        Organisation proposed = entries.propose(proposer, form(unique("Bobr Mechatronics")));
        approvals.approve(admin, proposed.getId());
        transaction.begin();
        Organisation otherCluster = new Organisation(unique("Another cluster"), OrganisationKind.CLUSTER, "PL", "Opole");
        entityManager.persist(otherCluster);
        transaction.commit();

        OrganisationForm joining = OrganisationForm.of(organisationService.get(proposer, proposed.getId()));
        joining.getClusterIds().add(otherCluster.getId());
        assertThatThrownBy(() -> entries.update(proposer, proposed.getId(), joining))
                .as("joining a cluster would give its agreements to the organisation's people")
                .isInstanceOfSatisfying(BusinessException.class, refusal -> assertThat(refusal.getField()).contains("clusters"));

        entries.update(admin, proposed.getId(), joining);
        assertThat(organisationService.get(admin, proposed.getId()).getClusters()).contains(otherCluster);
    }

    @Test
    void theSameNameInTheSameCountryIsRefusedByTheNameField() {
        String name = unique("Odra Logistics");
        entries.propose(proposer, form(name));

        OrganisationForm again = form("  " + name.toUpperCase() + " ");
        assertThatThrownBy(() -> entries.propose(unrelated, again))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("organisation.duplicate");
                    assertThat(refusal.getField()).contains("name");
                });
        again.setCountry("CZ");
        again.setRegion(null);
        assertThat(entries.propose(unrelated, again).getCountry()).isEqualTo("CZ");
    }

    @Test
    void badInputIsRefusedByItsField() {
        OrganisationForm form = form(unique("Bad input"));
        form.setWebsite("javascript:alert(1)");
        assertThatThrownBy(() -> entries.propose(proposer, form))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> assertThat(refusal.getField()).contains("website"));
        form.setWebsite("https://example.org");
        form.setRegion("Bavaria");
        assertThatThrownBy(() -> entries.propose(proposer, form))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> assertThat(refusal.getField()).contains("region"));
        form.setRegion("śląskie");
        form.setClusterIds(new ArrayList<>(List.of(cluster.getId(), -1L)));
        assertThatThrownBy(() -> entries.propose(proposer, form))
                .isInstanceOf(BusinessException.class).hasMessage("form.unknownChoice");
    }

    @Test
    void aDeclinedProposalIsGoneAndItsNameFreeAgain() {
        String name = unique("Vistula Optics");
        Organisation proposed = entries.propose(proposer, form(name));

        approvals.decline(admin, proposed.getId());

        assertThat(organisationService.find(admin, proposed.getId())).isEmpty();
        assertThat(entries.propose(proposer, form(name))).isNotNull();
    }

    @Test
    void anEditFromAStaleFormIsRefusedAndNothingIsOverwritten() {
        Organisation proposed = entries.propose(proposer, form(unique("Tatra Materials")));
        OrganisationForm first = OrganisationForm.of(organisationService.get(proposer, proposed.getId()));
        OrganisationForm second = OrganisationForm.of(organisationService.get(proposer, proposed.getId()));
        first.setCity("Zakopane");
        entries.update(proposer, proposed.getId(), first);

        second.setCity("Nowy Targ");
        assertThatThrownBy(() -> entries.update(proposer, proposed.getId(), second))
                .isInstanceOf(BusinessException.class).hasMessage("form.changedMeanwhile");
        assertThat(organisationService.get(proposer, proposed.getId()).getCity()).isEqualTo("Zakopane");
        assertThatThrownBy(() -> entries.update(unrelated, proposed.getId(), first))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOrganisationsAdministratorsDecideRequestsToJoinIt() {
        Organisation proposed = entries.propose(proposer, form(unique("Warta Energy")));
        approvals.approve(admin, proposed.getId());
        Membership request = membershipService.request(unrelated, proposed.getId(), "I lead the lab");

        assertThat(membershipService.requestsFor(proposer)).extracting(Membership::getId).contains(request.getId());
        assertThat(membershipService.requestsFor(coordinatorOfAnother)).extracting(Membership::getId).doesNotContain(request.getId());
        assertThatThrownBy(() -> membershipService.approve(coordinatorOfAnother, request.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> membershipService.request(unrelated, proposed.getId(), "again"))
                .isInstanceOf(BusinessException.class).hasMessage("membership.alreadyRequested");

        membershipService.decline(proposer, request.getId());
        Membership again = membershipService.request(unrelated, proposed.getId(), "Please reconsider");
        assertThat(again.getId()).as("the same request reopened").isEqualTo(request.getId());
        membershipService.approve(proposer, again.getId());
        membershipService.changeRole(proposer, again.getId(), MembershipRole.ADMINISTRATOR);

        assertThat(membershipService.mayDecide(unrelated, proposed)).isTrue();
        assertThat(membershipService.membersOf(unrelated, proposed)).hasSize(2);
        assertThat(membershipService.membersOf(Viewer.VISITOR, proposed)).isEmpty();
    }

    @Test
    void nobodyAsksToJoinAProposalThatIsNotApprovedYet() {
        Organisation proposed = entries.propose(proposer, form(unique("Notec Foods")));

        assertThatThrownBy(() -> membershipService.request(unrelated, proposed.getId(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRemovalSaysWhatStillDependsOnTheOrganisation() {
        assertThatThrownBy(() -> approvals.remove(admin, cluster.getId()))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("organisation.remove.blocked");
                    assertThat(refusal.getArguments()).containsExactly(1L, 0L, 0L);
                });
        Organisation proposed = entries.propose(proposer, form(unique("San Textiles")));
        assertThatThrownBy(() -> approvals.remove(proposer, proposed.getId())).isInstanceOf(AccessDeniedException.class);

        approvals.remove(admin, proposed.getId());

        assertThat(organisationService.find(admin, proposed.getId())).isEmpty();
    }

    @Test
    void aLogoIsCheckedByItsContentAndPublicOnceTheOrganisationIsApproved() {
        Organisation proposed = entries.propose(proposer, form(unique("Pilica Design")));

        assertThatThrownBy(() -> logos.changeLogo(proposer, proposed.getId(),
                new ByteArrayInputStream(TestFiles.pdf("not an image"))))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> assertThat(refusal.getField()).contains("logo"));
        assertThatThrownBy(() -> logos.changeLogo(unrelated, proposed.getId(), new ByteArrayInputStream(TestFiles.png())))
                .isInstanceOf(AccessDeniedException.class);
        logos.changeLogo(proposer, proposed.getId(), new ByteArrayInputStream(TestFiles.png()));

        assertThat(logos.logo(proposer, proposed.getId())).hasValueSatisfying(logo -> {
            assertThat(logo.file().contentType()).isEqualTo("image/png");
            assertThat(logo.publicAccess()).isFalse();
        });
        assertThat(logos.logo(Viewer.VISITOR, proposed.getId())).isEmpty();
        approvals.approve(admin, proposed.getId());
        assertThat(logos.logo(Viewer.VISITOR, proposed.getId())).hasValueSatisfying(
                logo -> assertThat(logo.publicAccess()).isTrue());
    }

    @Test
    void onlyAdminsExtendAndRenameTheSectorTaxonomy() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6);

        Sector sector = sectors.add(admin, " " + code.toLowerCase() + " ", "Kosmos", "Space");
        assertThat(sector.getCode()).isEqualTo(code.toUpperCase());
        assertThatThrownBy(() -> sectors.add(admin, code, "Kosmos", "Space"))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> assertThat(refusal.getField()).contains("code"));
        assertThatThrownBy(() -> sectors.add(proposer, "X" + code, "a", "b")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sectors.rename(coordinatorOfItsAgreement, sector.getId(), "a", "b"))
                .isInstanceOf(AccessDeniedException.class);

        sectors.rename(admin, sector.getId(), "Technologie kosmiczne", "Space technologies");

        assertThat(directoryChoices.sectors()).filteredOn(s -> s.getCode().equals(code.toUpperCase()))
                .extracting(SectorChoice::getNameEn).containsExactly("Space technologies");
    }

    @Test
    void theFiltersCachedChoicesFollowNewSectorsAndApprovedOrganisationsOnceCommitted() {
        String code = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(directoryChoices.sectors()).extracting(SectorChoice::getCode).doesNotContain(code);

        sectors.add(admin, code, "Kosmos", "Space");

        assertThat(directoryChoices.sectors()).extracting(SectorChoice::getCode).contains(code);

        String region = unique("Region");
        OrganisationForm abroad = form(unique("Vltava Optics"));
        abroad.setCountry("CZ");
        abroad.setRegion(region);
        Organisation proposed = entries.propose(proposer, abroad);
        assertThat(directoryChoices.regions()).as("a proposal is not in the directory").doesNotContain(region);

        approvals.approve(admin, proposed.getId());

        assertThat(directoryChoices.regions()).contains(region);
        assertThat(directoryChoices.countries()).contains("CZ");
        OrganisationForm moved = OrganisationForm.of(organisationService.get(admin, proposed.getId()));
        String newRegion = unique("Region");
        moved.setRegion(newRegion);
        entries.update(admin, proposed.getId(), moved);

        assertThat(directoryChoices.regions()).contains(newRegion).doesNotContain(region);
    }

    private OrganisationForm form(String name) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setKind(OrganisationKind.COMPANY);
        form.setCountry("PL");
        form.setRegion("śląskie");
        form.setCity("Gliwice");
        form.setClusterIds(new ArrayList<>(List.of(cluster.getId())));
        return form;
    }

    private List<Organisation> directory(String name) {
        OrganisationFilter filter = new OrganisationFilter();
        filter.setCountry("PL");
        return organisationService.search(Viewer.VISITOR, filter, 0, 500).stream()
                .filter(organisation -> organisation.getName().equals(name))
                .toList();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Person person() {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "p", "Test", "Person", null, null),
                Instant.now());
        entityManager.persist(person);
        return person;
    }
}
