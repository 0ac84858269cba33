package org.clusterportal.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.organisations.Gazetteer;
import org.clusterportal.organisations.Gazetteer.Precision;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationFilter;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.organisations.OrganisationMap;
import org.clusterportal.organisations.OrganisationService;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.ContactVisibility;
import org.clusterportal.organisations.Membership;
import org.clusterportal.people.Person;
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
 * The access rule as a matrix, on the database: who sees an agreement for participants only, in the list, by
 * its id and through the directory's agreement filter, and who may change it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessPolicyIT {

    @Inject
    private AgreementService agreementService;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private OrganisationMap organisationMap;

    @Inject
    private Gazetteer gazetteer;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Agreement agreement;
    private Organisation memberCompany;
    private Viewer ofSignatory;
    private Viewer ofMemberOfSignatory;
    private Viewer ofUnrelatedOrganisation;
    private Viewer requestedOnly;
    private Viewer coordinatorOfAnother;
    private Viewer coordinator;
    /** A person with the admin role: what an admin changes is audited under their name. */
    private Viewer admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        Organisation signatoryCluster = organisation("Signatory cluster", OrganisationKind.CLUSTER);
        Organisation otherCluster = organisation("Other signatory", OrganisationKind.CLUSTER);
        memberCompany = organisation("Member company", OrganisationKind.COMPANY);
        entityManager.flush();
        entityManager.createNativeQuery("insert into cluster_member (cluster_id, member_id) values (?, ?)")
                .setParameter(1, signatoryCluster.getId()).setParameter(2, memberCompany.getId()).executeUpdate();
        Organisation unrelated = organisation("Unrelated", OrganisationKind.COMPANY);

        agreement = new Agreement("Participants only " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(signatoryCluster, null);
        agreement.addSignatory(otherCluster, null);
        Person coordinatorPerson = person();
        agreement.nameCoordinator(coordinatorPerson);
        entityManager.persist(agreement);

        Agreement another = new Agreement("Another " + UUID.randomUUID());
        Person otherCoordinator = person();
        another.nameCoordinator(otherCoordinator);
        entityManager.persist(another);

        ofSignatory = viewerWorkingFor(signatoryCluster);
        ofMemberOfSignatory = viewerWorkingFor(memberCompany);
        ofUnrelatedOrganisation = viewerWorkingFor(unrelated);
        Person requesting = person();
        entityManager.persist(Membership.request(requesting, signatoryCluster, "Please"));
        requestedOnly = new Viewer(requesting.getId(), false);
        coordinatorOfAnother = new Viewer(otherCoordinator.getId(), false);
        coordinator = new Viewer(coordinatorPerson.getId(), false);
        admin = new Viewer(person().getId(), true);
        transaction.commit();
    }

    @Test
    void participantsCoordinatorsAndAdminsSeeIt() {
        for (Viewer viewer : new Viewer[] { ofSignatory, ofMemberOfSignatory, coordinator, admin }) {
            assertThat(agreementService.find(viewer, agreement.getId())).as("find for %s", viewer).isPresent();
            assertThat(agreementService.list(viewer, 0, 500)).as("list for %s", viewer).contains(agreement);
        }
    }

    @Test
    void nobodyElseSeesIt() {
        for (Viewer viewer : new Viewer[] { ofUnrelatedOrganisation, requestedOnly, coordinatorOfAnother, Viewer.VISITOR }) {
            assertThat(agreementService.find(viewer, agreement.getId())).as("find for %s", viewer).isEmpty();
            assertThat(agreementService.list(viewer, 0, 500)).as("list for %s", viewer).doesNotContain(agreement);
        }
    }

    @Test
    void theDirectoryFiltersByAnAgreementOnlyForThoseWhoSeeIt() {
        OrganisationFilter filter = new OrganisationFilter();
        filter.setAgreementId(agreement.getId());

        assertThat(organisationService.search(ofMemberOfSignatory, filter, 0, 100)).contains(memberCompany);
        assertThat(organisationService.search(ofUnrelatedOrganisation, filter, 0, 100)).isEmpty();
        assertThat(organisationService.search(Viewer.VISITOR, filter, 0, 100)).isEmpty();
    }

    @Test
    void theMapOfTheAgreementPlacesItsOrganisationsOnlyForThoseWhoSeeIt() {
        OrganisationFilter filter = new OrganisationFilter();
        filter.setAgreementId(agreement.getId());

        OrganisationMap.Result seen = organisationMap.places(ofMemberOfSignatory, filter);
        assertThat(seen.places()).singleElement().satisfies(place -> {
            assertThat(place.label()).isEqualTo("Katowice");
            assertThat(place.position().precision()).isEqualTo(Precision.CITY);
            assertThat(place.organisations()).hasSize(3).anyMatch(located -> located.id().equals(memberCompany.getId()));
        });
        assertThat(organisationMap.places(ofUnrelatedOrganisation, filter).places()).isEmpty();
        assertThat(organisationMap.places(Viewer.VISITOR, filter).places()).isEmpty();
    }

    @Test
    void anOrganisationIsPlacedAtItsCityElseItsRegionElseItsCountry() {
        assertThat(gazetteer.locate("PL", null, " KRAKÓW ")).get().extracting(Gazetteer.Position::precision).isEqualTo(Precision.CITY);
        assertThat(gazetteer.locate("PL", "śląskie", "Jastrzębie-Zdrój").orElseThrow().latitude()).isBetween(49.9, 50.0);
        assertThat(gazetteer.locate("PL", "śląskie", "Nieznanowo")).get().extracting(Gazetteer.Position::precision).isEqualTo(Precision.REGION);
        assertThat(gazetteer.locate("BG", null, "Nowhere")).get().extracting(Gazetteer.Position::precision).isEqualTo(Precision.COUNTRY);
        assertThat(gazetteer.locate("ZZ", null, "Nowhere")).isEmpty();
    }

    @Test
    void onlyCoordinatorsAndAdminsChangeTheDescription() {
        agreementService.editDescription(coordinator, agreement.getId(), agreement.getVersion(), "By the coordinator");

        assertThatThrownBy(() -> agreementService.editDescription(ofSignatory, agreement.getId(), agreement.getVersion() + 1, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreementService.editDescription(coordinatorOfAnother, agreement.getId(), agreement.getVersion() + 1, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(agreementService.find(admin, agreement.getId()).orElseThrow().getDescription()).isEqualTo("By the coordinator");
    }

    @Test
    void onlyAdminsManageSignatories() {
        assertThatThrownBy(() -> agreementService.addSignatory(coordinator, agreement.getId(), memberCompany.getId(), null))
                .isInstanceOf(AccessDeniedException.class);
        agreementService.addSignatory(admin, agreement.getId(), memberCompany.getId(), null);
        assertThat(agreementService.find(admin, agreement.getId()).orElseThrow().getSignatories()).hasSize(3);
    }

    @Test
    void contactDetailsAreSeenByAgreementPartnersOrOnlyCoordinatorsAsThePersonChooses() throws Exception {
        Person person = entityManager.find(Person.class, ofSignatory.personId());
        for (Viewer viewer : new Viewer[] { ofMemberOfSignatory, coordinator, admin, ofSignatory }) {
            assertThat(accessPolicy.canContact(viewer, person)).as("partners' contact for %s", viewer).isTrue();
        }
        for (Viewer viewer : new Viewer[] { ofUnrelatedOrganisation, requestedOnly, coordinatorOfAnother, Viewer.VISITOR }) {
            assertThat(accessPolicy.canContact(viewer, person)).as("partners' contact for %s", viewer).isFalse();
        }

        transaction.begin();
        person = entityManager.find(Person.class, ofSignatory.personId());
        person.editProfile(null, null, Set.of(), Set.of(), ContactVisibility.COORDINATORS);
        transaction.commit();

        assertThat(accessPolicy.canContact(coordinator, person)).isTrue();
        assertThat(accessPolicy.canContact(ofMemberOfSignatory, person)).isFalse();
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), kind, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Person person() {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "p", "Test", "Person", null, null),
                java.time.Instant.now());
        entityManager.persist(person);
        return person;
    }

    private Viewer viewerWorkingFor(Organisation organisation) {
        Person person = person();
        entityManager.persist(new Membership(person, organisation));
        return new Viewer(person.getId(), false);
    }
}
