package org.clusterportal.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileStore;
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
 * Agreement documents and the access rule, as a matrix on the database and the real file store: who lists and
 * downloads the documents of an agreement for participants only and of a public one, who uploads and deletes.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementDocumentServiceIT {

    @Inject
    private AgreementDocumentService documentService;

    @Inject
    private FileStore fileStore;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Agreement agreement;
    private Agreement publicAgreement;
    private Viewer ofSignatory;
    private Viewer ofMemberOfSignatory;
    private Viewer ofUnrelatedOrganisation;
    private Viewer coordinatorOfAnother;
    private Viewer coordinator;
    private Viewer admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addClass(TestFiles.class);
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        Organisation signatoryCluster = organisation("Signatory cluster", OrganisationKind.CLUSTER);
        Organisation otherCluster = organisation("Other signatory", OrganisationKind.CLUSTER);
        Organisation memberCompany = organisation("Member company", OrganisationKind.COMPANY);
        entityManager.flush();
        entityManager.createNativeQuery("insert into cluster_member (cluster_id, member_id) values (?, ?)")
                .setParameter(1, signatoryCluster.getId()).setParameter(2, memberCompany.getId()).executeUpdate();
        Organisation unrelated = organisation("Unrelated", OrganisationKind.COMPANY);

        agreement = agreement("Participants only", false, signatoryCluster, otherCluster);
        Person coordinatorPerson = person();
        agreement.nameCoordinator(coordinatorPerson);
        publicAgreement = agreement("Public", true, signatoryCluster, otherCluster);
        publicAgreement.nameCoordinator(coordinatorPerson);

        Agreement another = agreement("Another", false, unrelated, otherCluster);
        Person otherCoordinator = person();
        another.nameCoordinator(otherCoordinator);

        ofSignatory = viewerWorkingFor(signatoryCluster);
        ofMemberOfSignatory = viewerWorkingFor(memberCompany);
        ofUnrelatedOrganisation = viewerWorkingFor(unrelated);
        coordinatorOfAnother = new Viewer(otherCoordinator.getId(), false);
        coordinator = new Viewer(coordinatorPerson.getId(), false);
        admin = new Viewer(person().getId(), true);
        transaction.commit();
    }

    @Test
    void participantsTheCoordinatorAndAdminsListAndDownloadAPrivateAgreementsDocument() throws Exception {
        byte[] pdf = TestFiles.pdf("Tekst porozumienia");
        AgreementDocument document = upload(coordinator, agreement, pdf, "Porozumienie OKIP.pdf");

        for (Viewer viewer : new Viewer[] { ofSignatory, ofMemberOfSignatory, coordinator, admin }) {
            assertThat(documentService.list(viewer, agreement.getId(), 0, 10)).as("list for %s", viewer).containsExactly(document);
            assertThat(documentService.count(viewer, agreement.getId())).as("count for %s", viewer).isEqualTo(1);
            Download download = documentService.download(viewer, document.getId()).orElseThrow();
            assertThat(download.fileName()).isEqualTo("Porozumienie OKIP.pdf");
            assertThat(download.publicAccess()).isFalse();
            assertThat(download.file().contentType()).isEqualTo("application/pdf");
            try (InputStream content = fileStore.open(download.file().key())) {
                assertThat(content.readAllBytes()).isEqualTo(pdf);
            }
        }
    }

    @Test
    void aNameIsKeptWithTheExtensionOfItsContentAndWithoutInvisibleCharacters() {
        for (String[] names : new String[][] { { "report.html", "report.pdf" }, { "invoice\u202Efdp.exe", "invoicefdp.pdf" },
                { "skan", "skan.pdf" }, { "Umowa \u2066v2\u2069.PDF", "Umowa v2.PDF" } }) {
            AgreementDocument document = upload(coordinator, agreement, TestFiles.pdf("Treść"), names[0]);

            assertThat(documentService.download(coordinator, document.getId()).orElseThrow().fileName())
                    .as(names[0]).isEqualTo(names[1]);
        }
    }

    @Test
    void nobodyElseListsOrDownloadsThem() {
        AgreementDocument document = upload(coordinator, agreement, TestFiles.pdf("Poufne"), "poufne.pdf");

        for (Viewer viewer : new Viewer[] { ofUnrelatedOrganisation, coordinatorOfAnother, Viewer.VISITOR }) {
            assertThat(documentService.list(viewer, agreement.getId(), 0, 10)).as("list for %s", viewer).isEmpty();
            assertThat(documentService.count(viewer, agreement.getId())).as("count for %s", viewer).isZero();
            assertThat(documentService.download(viewer, document.getId())).as("download for %s", viewer).isEmpty();
        }
    }

    @Test
    void everybodyDownloadsThePublicAgreementsDocumentsButOnlyItsCoordinatorsAndAdminsChangeThem() {
        AgreementDocument document = upload(admin, publicAgreement, TestFiles.pdf("Publiczne"), "publiczne.pdf");

        for (Viewer viewer : new Viewer[] { ofUnrelatedOrganisation, coordinatorOfAnother, Viewer.VISITOR }) {
            assertThat(documentService.list(viewer, publicAgreement.getId(), 0, 10)).as("list for %s", viewer).containsExactly(document);
            assertThat(documentService.download(viewer, document.getId()).orElseThrow().publicAccess()).isTrue();
            assertThatThrownBy(() -> upload(viewer, publicAgreement, TestFiles.pdf("x"), "x.pdf"))
                    .as("upload by %s", viewer).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documentService.delete(viewer, document.getId()))
                    .as("delete by %s", viewer).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(documentService.count(admin, publicAgreement.getId())).isEqualTo(1);
    }

    @Test
    void participantsWhoAreNotCoordinatorsNeitherUploadNorDelete() {
        AgreementDocument document = upload(coordinator, agreement, TestFiles.pdf("Aneks"), "aneks.pdf");

        for (Viewer viewer : new Viewer[] { ofSignatory, ofMemberOfSignatory, ofUnrelatedOrganisation, coordinatorOfAnother, Viewer.VISITOR }) {
            assertThatThrownBy(() -> upload(viewer, agreement, TestFiles.pdf("x"), "x.pdf"))
                    .as("upload by %s", viewer).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documentService.delete(viewer, document.getId()))
                    .as("delete by %s", viewer).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(documentService.count(admin, agreement.getId())).isEqualTo(1);
        assertThat(fileStore.exists(document.storedFile().key())).isTrue();
    }

    @Test
    void theCoordinatorAndAdminsDeleteAndTheFileGoesWithTheRecord() {
        AgreementDocument byCoordinator = upload(coordinator, agreement, TestFiles.pdf("Jeden"), "jeden.pdf");
        AgreementDocument byAdmin = upload(admin, agreement, TestFiles.pdf("Dwa"), "dwa.pdf");

        documentService.delete(admin, byCoordinator.getId());
        documentService.delete(coordinator, byAdmin.getId());

        assertThat(documentService.count(admin, agreement.getId())).isZero();
        assertThat(fileStore.exists(byCoordinator.storedFile().key())).isFalse();
        assertThat(fileStore.exists(byAdmin.storedFile().key())).isFalse();
        assertThat(documentService.download(admin, byAdmin.getId())).isEmpty();
    }

    @Test
    void aPngCalledPdfAndAMissingTitleAreRefusedByTheirFieldsAndNothingIsKept() {
        assertThatThrownBy(() -> upload(coordinator, agreement, TestFiles.png(), "skan.pdf"))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("file.type.pdf");
                    assertThat(refusal.getField()).contains(AgreementDocumentService.FILE_FIELD);
                });
        assertThatThrownBy(() -> documentService.upload(coordinator, agreement.getId(), AgreementDocumentKind.TEXT, "  ",
                "a.pdf", new ByteArrayInputStream(TestFiles.pdf("a"))))
                .isInstanceOfSatisfying(BusinessException.class,
                        refusal -> assertThat(refusal.getField()).contains(AgreementDocumentService.TITLE_FIELD));
        assertThat(documentService.count(admin, agreement.getId())).isZero();
    }

    private AgreementDocument upload(Viewer viewer, Agreement target, byte[] content, String fileName) {
        return documentService.upload(viewer, target.getId(), AgreementDocumentKind.ANNEX, "Dokument " + fileName,
                fileName, new ByteArrayInputStream(content));
    }

    private Agreement agreement(String title, boolean publicAccess, Organisation... signatories) {
        Agreement created = new Agreement(title + " " + UUID.randomUUID());
        created.describe(created.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), publicAccess);
        for (Organisation signatory : signatories) {
            created.addSignatory(signatory, null);
        }
        entityManager.persist(created);
        return created;
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), kind, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Person person() {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "p", "Test", "Person", null, null),
                Instant.now());
        entityManager.persist(person);
        return person;
    }

    private Viewer viewerWorkingFor(Organisation organisation) {
        Person person = person();
        entityManager.persist(new Membership(person, organisation));
        return new Viewer(person.getId(), false);
    }
}
