package org.clusterportal.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.OutboxMessage;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Choice;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deliveries;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.Statements;
import org.clusterportal.testing.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proposals on the database: who sees a proposal and its partner search, how an organisation gets into the
 * consortium, and that only the consortium opens the workspace and its files, by any id.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalServiceIT {

    @Inject
    private ProposalService proposalService;

    @Inject
    private ProposalLifecycle lifecycle;

    @Inject
    private ConsortiumService consortium;

    @Inject
    private WorkspaceDocuments documents;

    @Inject
    private WorkspaceChecklist checklist;

    @Inject
    private ConsortiumMessages messages;

    @Inject
    private ProposalReminders reminders;

    @Inject
    private ProposalPanels panels;

    @Inject
    private NoticeRecorder noticeRecorder;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    private Agreement agreement;
    private Organisation lead;
    private Organisation partner;
    private Organisation memberOfPartner;
    private Organisation elsewhere;
    private Viewer author;
    private Viewer participant;
    private Viewer throughCluster;
    private Viewer unrelated;
    private final Viewer admin = new Viewer(-42L, true);
    private String word;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addClasses(TestFiles.class, NoticeRecorder.class, Statements.class, Deliveries.class);
    }

    @BeforeEach
    void makeData() throws Exception {
        word = "w" + UUID.randomUUID().toString().replace("-", "");
        transaction.begin();
        lead = organisation("Lead");
        partner = organisation("Partner");
        Organisation other = organisation("Other");
        elsewhere = organisation("Elsewhere");

        agreement = new Agreement("Proposals agreement " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(lead, null);
        agreement.addSignatory(partner, null);
        entityManager.persist(agreement);

        Agreement otherAgreement = new Agreement("Unrelated agreement " + UUID.randomUUID());
        otherAgreement.describe(otherAgreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        otherAgreement.addSignatory(other, null);
        otherAgreement.addSignatory(elsewhere, null);
        entityManager.persist(otherAgreement);

        author = viewerWorkingFor(lead);
        participant = viewerWorkingFor(partner);
        memberOfPartner = organisation("Member of partner");
        entityManager.flush();
        entityManager.createNativeQuery("insert into cluster_member (cluster_id, member_id) values (?, ?)")
                .setParameter(1, partner.getId()).setParameter(2, memberOfPartner.getId()).executeUpdate();
        throughCluster = viewerWorkingFor(memberOfPartner);
        unrelated = viewerWorkingFor(elsewhere);
        transaction.commit();
    }

    @Test
    void aProposalAndItsSearchAreSeenByTheParticipantsOfItsAgreementsOnly() {
        ProjectProposal proposal = lifecycle.create(author, form());
        consortium.seek(author, proposal.getId(), PartnerRole.RESEARCH_PARTNER, "Vibration analysis", List.of(), List.of("PL"));
        assertThat(proposal.getDescription()).as("sanitised").isEqualTo("<p>Safe <b>hoists</b></p>");

        for (Viewer viewer : new Viewer[] { author, participant, throughCluster, admin }) {
            assertThat(proposalService.find(viewer, proposal.getId())).as("find for %s", viewer).isPresent();
            assertThat(proposalService.list(viewer, byWord(), 0, 100)).as("list for %s", viewer).containsExactly(proposal);
        }
        for (Viewer viewer : new Viewer[] { unrelated, Viewer.VISITOR }) {
            assertThat(proposalService.find(viewer, proposal.getId())).as("find for %s", viewer).isEmpty();
            assertThat(proposalService.count(viewer, byWord())).as("count for %s", viewer).isZero();
            assertThat(proposalService.visibleAmong(viewer, Set.of(proposal.getId(), -7L))).as("among for %s", viewer).isEmpty();
        }
        assertThat(proposalService.visibleAmong(throughCluster, Set.of(proposal.getId(), -7L))).containsExactly(proposal.getId());

        ProposalFilter research = byWord();
        research.setRole(PartnerRole.RESEARCH_PARTNER);
        research.setAgreementId(agreement.getId());
        research.setStatus(ProposalStatus.IDEA);
        research.setProgramme("horizon");
        research.setDeadlineFrom(LocalDate.now());
        assertThat(proposalService.list(participant, research, 0, 10)).containsExactly(proposal);
        ProposalFilter endUsers = byWord();
        endUsers.setRole(PartnerRole.END_USER);
        assertThat(proposalService.count(participant, endUsers)).isZero();
        ProposalFilter past = byWord();
        past.setDeadlineUntil(LocalDate.now().minusDays(1));
        assertThat(proposalService.count(participant, past)).isZero();
    }

    @Test
    void aPublicProposalIsSeenByEverybodyButItsWorkspaceIsNot() {
        ProposalForm form = form();
        form.setReach(Reach.PUBLIC);
        form.setAgreementIds(List.of());
        ProjectProposal proposal = lifecycle.create(author, form);

        assertThat(proposalService.find(Viewer.VISITOR, proposal.getId())).isPresent();
        assertThat(proposalService.find(unrelated, proposal.getId())).isPresent();
        assertThat(proposalService.findWorkspace(unrelated, proposal.getId())).isEmpty();
        assertThat(proposalService.findWorkspace(Viewer.VISITOR, proposal.getId())).isEmpty();
        assertThat(proposalService.findWorkspace(author, proposal.getId())).isPresent();
    }

    @Test
    void anOrganisationAsksToJoinTheLeadAcceptsAndItsPeopleOpenTheWorkspace() {
        ProjectProposal proposal = lifecycle.create(author, form());
        Long id = proposal.getId();
        PartnerProfile research = consortium.seek(author, id, PartnerRole.RESEARCH_PARTNER, "Models", List.of(), List.of());

        Partner asked = consortium.requestToJoin(participant, id, partner.getId(), research.getId(), "We have the lab " + word);
        assertThat(asked.getState()).isEqualTo(PartnerState.REQUESTED);
        assertThat(noticeRecorder.about(id)).extracting(Notice::kind).containsExactly(NoticeKind.PARTNER_REQUESTED);
        assertThat(noticeRecorder.about(id).get(0).recipients()).containsExactly(author.personId());
        assertThat(noticeRecorder.about(id).get(0).text()).contains(word);

        assertThat(proposalService.findWorkspace(participant, id)).as("a request is not membership").isEmpty();
        assertThatThrownBy(() -> consortium.requestToJoin(unrelated, id, partner.getId(), null, null))
                .as("for another's organisation, on a proposal it cannot see").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consortium.requestToJoin(participant, id, elsewhere.getId(), null, null))
                .as("for an organisation the person does not work for").isInstanceOf(AccessDeniedException.class);
        for (Viewer viewer : new Viewer[] { participant, throughCluster, unrelated }) {
            assertThatThrownBy(() -> consortium.decide(viewer, asked.getId(), true)).as("decided by %s", viewer)
                    .isInstanceOf(AccessDeniedException.class);
        }

        consortium.decide(author, asked.getId(), true);
        assertThat(noticeRecorder.about(id)).extracting(Notice::kind).endsWith(NoticeKind.PARTNER_DECIDED);
        assertThat(noticeRecorder.about(id).get(1).recipients()).containsExactly(participant.personId());
        assertThat(proposalService.findWorkspace(participant, id)).isPresent();
        assertThat(proposalService.findWorkspace(throughCluster, id)).as("a member of the partner cluster is not the partner").isEmpty();
        assertThat(proposalService.workspacesAmong(participant, List.of(id, -7L))).containsExactly(id);
        assertThat(proposalService.workspacesAmong(throughCluster, List.of(id))).isEmpty();
        assertThat(proposalService.workspacesAmong(Viewer.VISITOR, List.of(id))).isEmpty();
        assertThat(panels.myNextDeadlines(participant, 5)).contains(proposalService.find(participant, id).orElseThrow());

        ProposalFilter mine = new ProposalFilter();
        mine.setMine(true);
        assertThat(proposalService.list(participant, mine, 0, 50)).extracting(ProjectProposal::getId).contains(id);
        assertThat(proposalService.list(throughCluster, mine, 0, 50)).extracting(ProjectProposal::getId).doesNotContain(id);

        lifecycle.moveTo(author, id, ProposalStatus.CONSORTIUM_BUILDING);
        lifecycle.moveTo(author, id, ProposalStatus.IN_PREPARATION);
        assertThatThrownBy(() -> lifecycle.moveTo(participant, id, ProposalStatus.SUBMITTED))
                .as("only the lead changes the status").isInstanceOf(AccessDeniedException.class);
        lifecycle.moveTo(author, id, ProposalStatus.SUBMITTED);
        lifecycle.moveTo(author, id, ProposalStatus.FUNDED);
        ProjectProposal funded = proposalService.find(participant, id).orElseThrow();
        assertThat(funded.getStatus()).isEqualTo(ProposalStatus.FUNDED);
        assertThat(funded.getOutcomeOn()).isNotNull();
    }

    @Test
    void anInvitationIsAnsweredByTheInvitedOrganisationOnly() {
        ProjectProposal proposal = lifecycle.create(author, form());
        Long id = proposal.getId();
        Partner invited = consortium.invite(author, id, partner.getId(), PartnerRole.END_USER, null, "Pilot with us?");
        assertThat(noticeRecorder.about(id)).extracting(Notice::kind).containsExactly(NoticeKind.PARTNER_INVITED);
        assertThat(noticeRecorder.about(id).get(0).recipients()).containsExactly(participant.personId());
        assertThatThrownBy(() -> consortium.invite(participant, id, elsewhere.getId(), PartnerRole.END_USER, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consortium.decide(author, invited.getId(), true))
                .as("the lead does not answer its own invitation").isInstanceOf(AccessDeniedException.class);

        consortium.decide(participant, invited.getId(), true);
        assertThat(proposalService.findWorkspace(participant, id)).isPresent();
        assertThat(noticeRecorder.about(id).get(1).recipients()).containsExactly(author.personId());
    }

    @Test
    void budgetSharesAreCheckedOnTheDatabaseToo() {
        ProjectProposal proposal = lifecycle.create(author, form());
        Partner joined = consortium.invite(author, proposal.getId(), partner.getId(), PartnerRole.END_USER, null, null);
        consortium.decide(participant, joined.getId(), true);
        Long leadPartner = proposalService.find(author, proposal.getId()).orElseThrow().acceptedPartners().stream()
                .filter(Partner::isLead).findFirst().orElseThrow().getId();

        consortium.changeShare(author, leadPartner, new BigDecimal("70"));
        assertThatThrownBy(() -> consortium.changeShare(author, joined.getId(), new BigDecimal("30.01")))
                .isInstanceOf(BusinessException.class).hasMessage("proposal.share.overTotal");
        assertThatThrownBy(() -> consortium.changeShare(participant, joined.getId(), new BigDecimal("10")))
                .isInstanceOf(AccessDeniedException.class);
        consortium.changeShare(author, joined.getId(), new BigDecimal("30"));
        assertThat(proposalService.find(author, proposal.getId()).orElseThrow().getTotalShare()).isEqualByComparingTo("100");
    }

    @Test
    void theWorkspaceAndItsFilesAreRefusedToOutsidersByAnyId() {
        ProjectProposal proposal = lifecycle.create(author, form());
        Long id = proposal.getId();
        ProposalDocumentVersion first = documents.addDocument(author, id, "Part B " + word, "part-b.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Part B v1")));
        Long documentId = first.getDocument().getId();

        assertThat(documents.download(author, first.getId())).isPresent();
        assertThat(documents.download(admin, first.getId())).isPresent();
        for (Viewer viewer : new Viewer[] { participant, throughCluster, unrelated, Viewer.VISITOR }) {
            assertThat(documents.download(viewer, first.getId())).as("download by %s", viewer).isEmpty();
            assertThatThrownBy(() -> documents.documents(viewer, id)).as("documents for %s", viewer)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checklist.checklist(viewer, id)).as("checklist for %s", viewer)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.addVersion(viewer, documentId, "x.pdf", new ByteArrayInputStream(TestFiles.pdf("x"))))
                    .as("new version by %s", viewer).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.send(viewer, id, "Hello")).as("message by %s", viewer)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> documents.addVersion(author, documentId, "evil.pdf", new ByteArrayInputStream(TestFiles.png())))
                .as("checked by content, whatever the name").isInstanceOf(BusinessException.class).hasMessage("file.type.pdf");
        assertThat(documents.documents(author, id)).singleElement()
                .satisfies(document -> assertThat(document.getVersionCount()).isEqualTo(1));
    }

    @Test
    void twoPartnersUploadingAtOnceKeepBothVersions() throws Exception {
        ProjectProposal proposal = lifecycle.create(author, form());
        Long id = proposal.getId();
        Partner joined = consortium.requestToJoin(participant, id, partner.getId(), null, null);
        consortium.decide(author, joined.getId(), true);
        Long documentId = documents.addDocument(author, id, "Budget " + word, "budget.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Budget v1"))).getDocument().getId();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> uploads = new ArrayList<>();
        Viewer[] uploaders = { author, participant, author, participant };
        for (int i = 0; i < uploaders.length; i++) {
            Viewer uploader = uploaders[i];
            byte[] content = TestFiles.pdf("Budget upload " + i);
            uploads.add(executor.submit(() -> {
                start.await();
                return documents.addVersion(uploader, documentId, "budget.pdf", new ByteArrayInputStream(content)).getNumber();
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> upload : uploads) {
            numbers.add(upload.get(60, TimeUnit.SECONDS));
        }

        assertThat(numbers).containsExactlyInAnyOrder(2, 3, 4, 5);
        assertThat(documents.documents(participant, id)).singleElement()
                .satisfies(document -> assertThat(document.getVersionCount()).isEqualTo(5));
        List<ProposalDocumentVersion> history = documents.versions(participant, id);
        assertThat(history).extracting(ProposalDocumentVersion::getNumber).containsExactly(5, 4, 3, 2, 1);
        assertThat(history).extracting(version -> version.getUploadedBy().getId()).contains(author.personId(), participant.personId());
        assertThat(history).extracting(ProposalDocumentVersion::getSha256).doesNotHaveDuplicates();
        assertThat(noticeRecorder.about(id)).filteredOn(notice -> notice.kind() == NoticeKind.DOCUMENT_VERSION_ADDED).hasSize(5);
    }

    @Test
    void theChecklistHasOwnersFromTheConsortiumAndRemindersFireOnTheirDays() {
        ProposalForm form = form();
        form.setDeadline(LocalDateTime.now().plusDays(7).minusHours(3));
        form.setTimeZone(java.time.ZoneId.systemDefault().getId());
        ProjectProposal proposal = lifecycle.create(author, form);
        Long id = proposal.getId();
        assertThatThrownBy(() -> checklist.addItem(author, id, "Letter", unrelated.personId(), null))
                .isInstanceOf(BusinessException.class).hasMessage("proposal.checklist.ownerOutside");
        ChecklistItem item = checklist.addItem(author, id, "Letter of support " + word, author.personId(),
                LocalDate.now().plusDays(1));
        assertThat(checklist.checklist(author, id)).containsExactly(item);

        int emailsBefore = Deliveries.emailsTo(entityManager, author.personId(), proposal.getTitle()).size();
        reminders.sendReminders(Instant.now());
        List<NoticeKind> kinds = noticeRecorder.about(id).stream().map(Notice::kind).toList();
        assertThat(kinds).contains(NoticeKind.PROPOSAL_DEADLINE, NoticeKind.CHECKLIST_ITEM_DUE);
        // A second node running the same timer, or a restart that runs it again, sends nothing more.
        assertThat(reminders.sendReminders(Instant.now().plusSeconds(60))).as("the same morning again").isZero();
        assertThat(noticeRecorder.about(id)).hasSize(kinds.size());
        reminders.sendReminders(Instant.now().plus(2, ChronoUnit.DAYS));
        assertThat(noticeRecorder.about(id)).as("nothing on a day between the reminders").hasSize(kinds.size());

        // What the consortium finds: the deadline in the bell and by e-mail at once, the task in the bell (daily digest).
        assertThat(Deliveries.notifications(entityManager, SubjectType.PROPOSAL, id, NoticeKind.PROPOSAL_DEADLINE))
                .extracting(notification -> notification.getRecipient().getId()).contains(author.personId()).doesNotHaveDuplicates();
        assertThat(Deliveries.notifications(entityManager, SubjectType.PROPOSAL, id, NoticeKind.CHECKLIST_ITEM_DUE))
                .extracting(notification -> notification.getRecipient().getId()).containsExactly(author.personId());
        List<OutboxMessage> emails = Deliveries.emailsTo(entityManager, author.personId(), proposal.getTitle());
        assertThat(emails).hasSize(emailsBefore + 1);
        assertThat(emails.get(emails.size() - 1).getToAddress())
                .isEqualTo(entityManager.find(Person.class, author.personId()).getEmail());

        checklist.markDone(author, item.getId(), true);
        assertThat(checklist.checklist(author, id).get(0).isDone()).isTrue();
    }

    @Test
    void whoSeesAProposalFollowsItsConsortiumAndItsReach() {
        ProjectProposal proposal = lifecycle.create(author, form());
        Long id = proposal.getId();
        assertThat(proposalService.find(unrelated, id)).as("of no agreement of the proposal").isEmpty();

        Partner invited = consortium.invite(author, id, elsewhere.getId(), PartnerRole.END_USER, null, null);
        assertThat(proposalService.find(unrelated, id)).as("the invited organisation's people").isPresent();
        consortium.decide(unrelated, invited.getId(), true);
        assertThat(proposalService.visibleAmong(unrelated, List.of(id))).as("an accepted partner's people").containsExactly(id);
        assertThat(proposalService.find(Viewer.VISITOR, id)).isEmpty();

        ProposalForm open = ProposalForm.of(proposalService.find(author, id).orElseThrow());
        open.setReach(Reach.PUBLIC);
        open.setAgreementIds(List.of());
        lifecycle.update(author, id, open);
        assertThat(proposalService.find(Viewer.VISITOR, id)).as("made public").isPresent();
        assertThat(proposalService.find(throughCluster, id)).isPresent();

        ProposalForm closed = ProposalForm.of(proposalService.find(author, id).orElseThrow());
        closed.setReach(Reach.PARTICIPANTS);
        closed.setAgreementIds(List.of(agreement.getId()));
        lifecycle.update(author, id, closed);
        assertThat(proposalService.find(Viewer.VISITOR, id)).as("for its agreement's participants again").isEmpty();
        assertThat(proposalService.find(unrelated, id)).as("still a partner").isPresent();
    }

    @Test
    void theInvitationPickerOffersApprovedOrganisationsByNameAPageAtATime() throws Exception {
        ProjectProposal proposal = lifecycle.create(author, form());
        Long id = proposal.getId();
        transaction.begin();
        List<Organisation> named = new ArrayList<>();
        for (String letter : List.of("C", "A", "D", "B")) {
            named.add(organisation(letter + " Picker " + word));
        }
        entityManager.persist(Organisation.propose(entityManager.find(Person.class, author.personId()), "E Picker " + word,
                OrganisationKind.COMPANY, "PL"));
        transaction.commit();

        String typed = "PICKER " + word.toUpperCase();
        assertThat(consortium.invitable(author, id, typed, 0, 3)).extracting(Choice::getLabel)
                .as("by name, approved ones only").satisfiesExactly(name -> assertThat(name).startsWith("A Picker"),
                        name -> assertThat(name).startsWith("B Picker"), name -> assertThat(name).startsWith("C Picker"));
        assertThat(consortium.invitable(author, id, typed, 3, 3)).extracting(Choice::getLabel)
                .singleElement().satisfies(name -> assertThat(name).startsWith("D Picker"));
        assertThat(consortium.invitable(author, id, "picker%" + word, 0, 10)).as("a wildcard is a character like any other").isEmpty();

        consortium.invite(author, id, named.get(1).getId(), PartnerRole.END_USER, null, null);
        assertThat(consortium.invitable(author, id, typed, 0, 10)).extracting(Choice::getId)
                .as("not those asked already").hasSize(3).doesNotContain(named.get(1).getId());
        assertThatThrownBy(() -> consortium.invitable(participant, id, typed, 0, 10)).as("only for the lead")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pagesAskTheDatabaseAsOftenForManyRowsAsForOne() throws Exception {
        transaction.begin();
        List<Organisation> leads = new ArrayList<>();
        Agreement theirs = entityManager.merge(agreement);
        for (int i = 0; i < 4; i++) {
            Organisation leadOrganisation = organisation("Lead " + i);
            theirs.addSignatory(leadOrganisation, null);
            leads.add(leadOrganisation);
        }
        Person leader = entityManager.find(Person.class, author.personId());
        leads.forEach(organisation -> entityManager.persist(new Membership(leader, organisation)));
        List<Long> sectors = entityManager.createQuery("select s.id from Sector s order by s.id", Long.class).setMaxResults(3).getResultList();
        transaction.commit();

        String few = "few" + word;
        String many = "many" + word;
        ProjectProposal alone = propose(leads.get(0), few, sectors);
        ProjectProposal crowded = null;
        for (Organisation leadOrganisation : leads) {
            ProjectProposal proposal = propose(leadOrganisation, many, sectors);
            crowded = crowded == null ? proposal : crowded;
        }
        Long crowdedId = crowded.getId();
        consortium.requestToJoin(author, alone.getId(), leads.get(1).getId(), null, "With you");
        for (Organisation asking : leads.subList(1, 4)) {
            consortium.requestToJoin(author, crowdedId, asking.getId(), null, "With us " + asking.getName());
        }
        consortium.seek(author, crowdedId, PartnerRole.END_USER, "Pilots", sectors, List.of("PL", "DE"));
        consortium.seek(author, crowdedId, PartnerRole.TECHNOLOGY_PROVIDER, "Sensors", sectors, List.of("CZ"));

        ProposalFilter oneRow = new ProposalFilter();
        oneRow.setWords(few);
        ProposalFilter fourRows = new ProposalFilter();
        fourRows.setWords(many);
        assertThat(proposalService.list(participant, fourRows, 0, 25)).hasSize(4);
        showAsAList(proposalService.list(participant, oneRow, 0, 25));
        int listOfOne = Statements.during(entityManager, () -> showAsAList(proposalService.list(participant, oneRow, 0, 25)));
        int listOfFour = Statements.during(entityManager, () -> showAsAList(proposalService.list(participant, fourRows, 0, 25)));
        assertThat(listOfOne).as("statements are counted").isPositive();
        assertThat(listOfFour).as("a list of 4 proposals (%d statements) against a list of 1 (%d)", listOfFour, listOfOne)
                .isEqualTo(listOfOne);

        Long aloneId = alone.getId();
        showAsAPage(proposalService.find(author, aloneId).orElseThrow());
        int pageOfOne = Statements.during(entityManager, () -> showAsAPage(proposalService.find(author, aloneId).orElseThrow()));
        int pageOfMany = Statements.during(entityManager, () -> showAsAPage(proposalService.find(author, crowdedId).orElseThrow()));
        assertThat(pageOfMany).as("a proposal of 4 partners and 3 searches (%d statements) against one of 2 and 1 (%d)", pageOfMany,
                pageOfOne).isEqualTo(pageOfOne);
    }

    private ProjectProposal propose(Organisation leadOrganisation, String title, List<Long> sectors) {
        ProposalForm form = form();
        form.setTitle(title + " " + leadOrganisation.getName());
        form.setLeadId(leadOrganisation.getId());
        ProjectProposal proposal = lifecycle.create(author, form);
        consortium.seek(author, proposal.getId(), PartnerRole.RESEARCH_PARTNER, "Models", sectors, List.of("PL"));
        return proposal;
    }

    /** What proposals/index.xhtml and the home page show of each row. */
    private static void showAsAList(List<ProjectProposal> page) {
        page.forEach(proposal -> {
            assertThat(proposal.getLead().getName()).isNotBlank();
            proposal.getOpenProfiles().forEach(profile -> assertThat(profile.getRole()).isNotNull());
        });
    }

    /** What proposals/view.xhtml shows of the consortium and the searches. */
    private static void showAsAPage(ProjectProposal proposal) {
        assertThat(proposal.getContact().getDisplayName()).isNotBlank();
        proposal.getPartners().forEach(shown -> {
            assertThat(shown.getOrganisation().getName()).isNotBlank();
            assertThat(shown.getState()).isNotNull();
            if (shown.getContact() != null) {
                assertThat(shown.getContact().getDisplayName()).isNotNull();
            }
        });
        proposal.getProfiles().forEach(profile -> {
            profile.getSectors().forEach(sector -> assertThat(sector.getCode()).isNotBlank());
            assertThat(profile.getCountries()).isNotEmpty();
        });
    }

    private ProposalForm form() {
        ProposalForm form = new ProposalForm();
        form.setTitle("Predictive maintenance of mine hoists " + word);
        form.setAcronym("HOIST");
        form.setProgramme("Horizon Europe");
        form.setCallIdentifier("HORIZON-CL4-2027-TWIN-01");
        form.setDeadline(LocalDateTime.now().plusMonths(3).withNano(0));
        form.setTimeZone("Europe/Brussels");
        form.setEstimatedBudget(new BigDecimal("2000000"));
        form.setRequestedFunding(new BigDecimal("1400000"));
        form.setCurrency("EUR");
        form.setDurationMonths(36);
        form.setSummary("Sensors and models that warn before a hoist fails.");
        form.setDescription("<p>Safe <b>hoists</b><script>alert(1)</script></p>");
        form.setLeadId(lead.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        return form;
    }

    private ProposalFilter byWord() {
        ProposalFilter filter = new ProposalFilter();
        filter.setWords(word);
        return filter;
    }

    private Organisation organisation(String name) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Viewer viewerWorkingFor(Organisation organisation) {
        String name = "p-" + UUID.randomUUID();
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), name, "Test", "Person", name + "@test.example.org", null),
                Instant.now());
        entityManager.persist(person);
        entityManager.persist(new Membership(person, organisation));
        return new Viewer(person.getId(), false);
    }
}
