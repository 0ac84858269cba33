package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.agreements.Reach;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.notifications.Delivery;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Notification;
import org.clusterportal.notifications.NotificationService;
import org.clusterportal.notifications.OutboxMessage;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.MembershipRole;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deliveries;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The life of offers beyond the first slice, in the container on the suite's database: expressions of interest
 * and their outcome, review by the agreement's coordinators, joint offers, search, reminders, and the refusals
 * that are audited.
 */
@ExtendWith(ArquillianExtension.class)
class OfferWorkflowIT {

    @Inject
    private OfferService offerService;

    @Inject
    private OfferLifecycleService lifecycleService;

    @Inject
    private OfferReviewService reviewService;

    @Inject
    private OfferCoProviderService coProviderService;

    @Inject
    private OfferAttachmentService attachmentService;

    @Inject
    private InterestService interestService;

    @Inject
    private OfferReminders reminders;

    @Inject
    private OfferSearch offerSearch;

    @Inject
    private NoticeRecorder notices;

    @Inject
    private NotificationService notificationService;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Agreement agreement;
    private Agreement otherAgreement;
    private Organisation owner;
    private Organisation partner;
    private Viewer author;
    private Viewer participant;
    private Viewer participantColleague;
    private Viewer partnerAdministrator;
    private Viewer coordinator;
    private Viewer unrelated;
    private Viewer outsiderAdministrator;
    private Organisation outsider;
    private String word;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addClasses(NoticeRecorder.class, TestFiles.class, Deliveries.class);
    }

    @BeforeEach
    void makeData() throws Exception {
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        transaction.begin();
        owner = organisation("Owner");
        partner = organisation("Partner");
        outsider = organisation("Outsider");
        agreement = agreement("Workflow agreement", owner, partner);
        otherAgreement = agreement("Other agreement", outsider, organisation("Elsewhere"));
        author = viewerWorkingFor(owner, MembershipRole.ADMINISTRATOR);
        participant = viewerWorkingFor(partner, MembershipRole.MEMBER);
        participantColleague = viewerWorkingFor(partner, MembershipRole.MEMBER);
        partnerAdministrator = viewerWorkingFor(partner, MembershipRole.ADMINISTRATOR);
        unrelated = viewerWorkingFor(outsider, MembershipRole.MEMBER);
        outsiderAdministrator = viewerWorkingFor(outsider, MembershipRole.ADMINISTRATOR);
        Person coordinatorPerson = person();
        agreement.nameCoordinator(coordinatorPerson);
        coordinator = new Viewer(coordinatorPerson.getId(), false);
        transaction.commit();
    }

    @Test
    void aParticipantExpressesInterestOnceAndTheOwnerMovesItToAnAgreement() {
        Offer offer = published(form());
        InterestForm interest = interestForm();

        ExpressionOfInterest sent = interestService.expressInterest(participant, offer.getId(), interest);
        assertThat(notices.about(offer.getId(), NoticeKind.INTEREST_RECEIVED)).singleElement()
                .satisfies(notice -> assertThat(notice.recipients()).contains(author.personId()));
        assertThatThrownBy(() -> interestService.expressInterest(participant, offer.getId(), interest))
                .as("a second click").isInstanceOf(BusinessException.class).hasMessage("interest.already");
        assertThatThrownBy(() -> interestService.expressInterest(author, offer.getId(), interest))
                .as("its own organisation").isInstanceOf(BusinessException.class).hasMessage("interest.notPossible");
        assertThatThrownBy(() -> interestService.expressInterest(unrelated, offer.getId(), interest))
                .as("who cannot see it").isInstanceOf(AccessDeniedException.class);

        Offer reloaded = offerService.find(author, offer.getId()).orElseThrow();
        assertThat(interestService.interestsIn(author, reloaded)).extracting(ExpressionOfInterest::getId).containsExactly(sent.getId());
        assertThat(interestService.interestsIn(participant, reloaded)).as("senders see only their own").isEmpty();
        assertThat(interestService.interestsWaiting(author, 100)).extracting(ExpressionOfInterest::getId).contains(sent.getId());

        assertThatThrownBy(() -> interestService.moveInterest(participant, sent.getId(), InterestState.AGREEMENT_REACHED, null, sent.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        ExpressionOfInterest met = interestService.moveInterest(author, sent.getId(), InterestState.MEETING_ARRANGED, "Meeting on 3 March", sent.getVersion());
        assertThatThrownBy(() -> interestService.moveInterest(author, sent.getId(), InterestState.AGREEMENT_REACHED, null, sent.getVersion()))
                .as("a stale page").isInstanceOf(BusinessException.class).hasMessage("form.changedMeanwhile");
        interestService.moveInterest(author, sent.getId(), InterestState.AGREEMENT_REACHED, "Signed", met.getVersion());

        ExpressionOfInterest seen = interestService.findInterest(participant, reloaded).orElseThrow();
        assertThat(seen.getState()).isEqualTo(InterestState.AGREEMENT_REACHED);
        assertThat(seen.getNotes()).isEqualTo("Signed");
        assertThat(notices.about(offer.getId(), NoticeKind.INTEREST_ANSWERED)).hasSize(2)
                .allSatisfy(notice -> assertThat(notice.recipients()).containsExactly(participant.personId()));
        assertThat(interestService.interestsWaiting(author, 100)).extracting(ExpressionOfInterest::getId).doesNotContain(sent.getId());

    }

    @Test
    void theOutcomeIsFollowedUpThreeMonthsLaterOnce() throws Exception {
        Offer offer = published(form());
        ExpressionOfInterest sent = interestService.expressInterest(participant, offer.getId(), interestForm());
        interestService.moveInterest(author, sent.getId(), InterestState.MEETING_ARRANGED, null, sent.getVersion());
        transaction.begin();
        entityManager.createQuery("update ExpressionOfInterest i set i.outcomeSince = :then where i.id = :id")
                .setParameter("then", LocalDate.now().minusMonths(3)).setParameter("id", sent.getId()).executeUpdate();
        transaction.commit();
        notificationService.choose(author, Map.of(NoticeKind.OUTCOME_FOLLOW_UP, Delivery.IMMEDIATELY));
        int emailsBefore = Deliveries.emailsTo(entityManager, author.personId(), offer.getTitle()).size();

        reminders.followUpOutcomes(LocalDate.now());
        reminders.followUpOutcomes(LocalDate.now());

        assertThat(notices.about(offer.getId(), NoticeKind.OUTCOME_FOLLOW_UP)).singleElement()
                .satisfies(notice -> assertThat(notice.recipients()).contains(author.personId()));
        assertThat(entityManager.find(ExpressionOfInterest.class, sent.getId()).getFollowUps()).isEqualTo(1);
        // What the person finds: one notification in the bell, one e-mail (they chose to hear of it at once).
        assertThat(recipientsOf(Deliveries.notifications(entityManager, SubjectType.OFFER, offer.getId(), NoticeKind.OUTCOME_FOLLOW_UP)))
                .contains(author.personId()).doesNotHaveDuplicates();
        List<OutboxMessage> emails = Deliveries.emailsTo(entityManager, author.personId(), offer.getTitle());
        assertThat(emails).hasSize(emailsBefore + 1);
        assertThat(emails.get(emails.size() - 1).getToAddress()).isEqualTo(emailOf(author));
    }

    @Test
    void anOfferToAnAgreementThatReviewsWaitsForItsCoordinator() throws Exception {
        transaction.begin();
        entityManager.find(Agreement.class, agreement.getId()).requireOfferReview(true);
        transaction.commit();

        Offer offer = lifecycleService.publish(author, lifecycleService.create(author, form()).getId());
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(notices.about(offer.getId(), NoticeKind.OFFER_IN_REVIEW)).singleElement()
                .satisfies(notice -> assertThat(notice.recipients()).containsExactly(coordinator.personId()));
        assertThat(offerService.find(participant, offer.getId())).as("not yet published").isEmpty();
        assertThat(reviewService.queue(coordinator, 0, 100)).extracting(Offer::getId).containsExactly(offer.getId());
        assertThat(reviewService.queue(participant, 0, 100)).isEmpty();
        assertThat(reviewService.queueSize(coordinator)).as("counted, not loaded").isEqualTo(1);
        assertThat(reviewService.queueSize(participant)).isZero();
        assertThat(offerService.find(coordinator, offer.getId())).isPresent();
        assertThat(offerService.visibleAmong(coordinator, List.of(offer.getId())))
                .as("the discussion on the page the reviewer opens").containsExactly(offer.getId());
        assertThat(offerService.visibleAmong(participant, List.of(offer.getId()))).isEmpty();

        assertThatThrownBy(() -> reviewService.approve(participant, offer.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(refusalsOf(participant)).isPositive();
        assertThatThrownBy(() -> reviewService.returnToDraft(coordinator, offer.getId(), " "))
                .isInstanceOf(BusinessException.class).hasMessage("offer.comment.required");

        Offer returned = reviewService.returnToDraft(coordinator, offer.getId(), "Add the price range");
        assertThat(returned.getStatus()).isEqualTo(OfferStatus.DRAFT);
        assertThat(returned.getReviewComment()).isEqualTo("Add the price range");
        assertThat(notices.about(offer.getId(), NoticeKind.OFFER_RETURNED)).singleElement()
                .satisfies(notice -> assertThat(notice.text()).isEqualTo("Add the price range"));
        assertThat(reviewService.queue(coordinator, 0, 100)).isEmpty();

        lifecycleService.publish(author, offer.getId());
        Offer approved = reviewService.approve(coordinator, offer.getId());
        assertThat(approved.getStatus()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(notices.about(offer.getId(), NoticeKind.OFFER_APPROVED)).hasSize(1);
        assertThat(offerService.find(participant, offer.getId())).isPresent();
        assertThat(offerService.newInMyAgreements(participant, 100)).extracting(Offer::getId).contains(offer.getId());
    }

    @Test
    void aCoProviderAppearsOnlyOnceItsAdministratorConfirms() {
        OfferForm form = form();
        form.setCoProviderIds(List.of(partner.getId()));
        Offer offer = lifecycleService.create(author, form);
        assertThat(notices.about(offer.getId(), NoticeKind.CO_PROVIDER_ASKED)).singleElement()
                .satisfies(notice -> assertThat(notice.recipients()).containsExactly(partnerAdministrator.personId()));
        assertThat(offerService.find(partnerAdministrator, offer.getId())).as("a named co-provider sees the draft").isPresent();
        assertThat(coProviderService.providersOf(offer)).containsExactly(owner);

        OfferCoProvider request = coProviderService.requests(partnerAdministrator).stream()
                .filter(candidate -> candidate.getOffer().getId().equals(offer.getId())).findFirst().orElseThrow();
        assertThat(coProviderService.answerableBy(partnerAdministrator, offer)).containsExactly(request.getId());
        assertThat(coProviderService.answerableBy(participant, offer)).as("a member who is not an administrator").isEmpty();
        assertThatThrownBy(() -> coProviderService.answer(participant, request.getId(), true))
                .as("a member who is not an administrator").isInstanceOf(AccessDeniedException.class);
        coProviderService.answer(partnerAdministrator, request.getId(), true);

        assertThat(coProviderService.providersOf(offer)).containsExactly(owner, partner);
        assertThat(notices.about(offer.getId(), NoticeKind.CO_PROVIDER_ANSWERED)).singleElement()
                .satisfies(notice -> assertThat(notice.recipients()).contains(author.personId()));
        OfferFilter mine = byWord();
        mine.setMine(true);
        assertThat(offerService.list(participantColleague, mine, 0, 10)).as("the co-provider's offers").extracting(Offer::getId)
                .containsExactly(offer.getId());

        OfferForm foreign = OfferForm.of(offerService.find(author, offer.getId()).orElseThrow(), coProviderService.coProvidersOf(offer));
        foreign.setCoProviderIds(List.of(partner.getId(), outsider.getId()));
        assertThatThrownBy(() -> lifecycleService.update(author, offer.getId(), foreign))
                .isInstanceOf(BusinessException.class).hasMessage("offer.coProvider.notTakingPart");
        assertThat(offerService.find(outsiderAdministrator, offer.getId())).isEmpty();
    }

    @Test
    void aCoProviderThatDeclinesNoLongerSeesTheDraft() {
        OfferForm form = form();
        form.setCoProviderIds(List.of(partner.getId()));
        Offer offer = lifecycleService.create(author, form);
        OfferCoProvider request = coProviderService.coProvidersOf(offer).get(0);

        coProviderService.answer(partnerAdministrator, request.getId(), false);

        assertThat(offerService.find(partnerAdministrator, offer.getId())).isEmpty();
        assertThat(offerService.visibleAmong(participant, List.of(offer.getId()))).isEmpty();
        assertThat(coProviderService.providersOf(offer)).containsExactly(owner);
        assertThat(offerService.find(author, offer.getId())).isPresent();
    }

    @Test
    void editingSomeoneElsesOfferIsRefusedAndAudited() {
        Offer offer = lifecycleService.create(author, form());
        OfferForm change = OfferForm.of(offer);
        long before = refusalsOf(unrelated);
        assertThatThrownBy(() -> lifecycleService.update(unrelated, offer.getId(), change)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycleService.withdraw(unrelated, offer.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(refusalsOf(unrelated)).isEqualTo(before + 2);
    }

    @Test
    void theSearchFindsAWordOfTheDescriptionAndTakesAnyInputAsASearch() {
        OfferForm form = form();
        form.setDescription("<p>We machine <b>" + word + "</b> turbine blades in Łódź.</p><script>alert(1)</script>");
        Offer offer = published(form);
        assertThat(offer.getDescription()).doesNotContain("script", "alert");

        assertThat(offerService.list(participant, filter(word), 0, 10)).extracting(Offer::getId).containsExactly(offer.getId());
        assertThat(offerService.list(participant, filter(word.toUpperCase() + " turbine"), 0, 10)).hasSize(1);
        assertThat(offerService.list(unrelated, filter(word), 0, 10)).as("not visible to them").isEmpty();

        OfferFilter relevance = filter("turbine " + word);
        relevance.setOrder(OfferOrder.RELEVANCE);
        assertThat(offerService.list(participant, relevance, 0, 10)).extracting(Offer::getId).containsExactly(offer.getId());
        assertThat(offerService.count(participant, relevance)).isEqualTo(1);

        for (String malformed : new String[] { "\"" + word, word + " & | ! ( ) : * <-> '", "'; drop table offer; --", "\"\"\"",
                "-" + word, "a".repeat(10_000) }) {
            OfferFilter odd = filter(malformed);
            long count = offerService.count(participant, odd);
            assertThat(offerService.list(participant, odd, 0, 10)).as("list for %s", malformed.substring(0, Math.min(30, malformed.length())))
                    .hasSize((int) Math.min(count, 10));
            odd.setOrder(OfferOrder.RELEVANCE);
            assertThat(offerService.list(participant, odd, 0, 10)).hasSize((int) Math.min(count, 10));
        }
        assertThat(offerService.count(participant, filter("a".repeat(10_000)))).isZero();
        assertThat(offerService.list(participant, filter("\"" + word + "\""), 0, 10)).hasSize(1);
        if (offerSearch.isFullText()) {
            // PostgreSQL folds accents where unaccent is available; H2's LIKE does not.
            OfferFilter accents = filter(word + " lodz");
            assertThat(offerService.count(participant, accents)).isEqualTo(1);
        }
    }

    @Test
    void theOwnerIsRemindedOnceAWeekBeforeExpiryAndRenewsInOneClick() {
        OfferForm form = form();
        form.setValidUntil(LocalDate.now().plusDays(5));
        Offer offer = published(form);

        reminders.remindOfExpiry(LocalDate.now());
        reminders.remindOfExpiry(LocalDate.now());
        assertThat(notices.about(offer.getId(), NoticeKind.OFFER_EXPIRING)).singleElement()
                .satisfies(notice -> assertThat(notice.recipients()).contains(author.personId()));
        // In the bell once, waiting for the daily digest (the default for this kind): no e-mail of its own.
        List<Notification> reminded = Deliveries.notifications(entityManager, SubjectType.OFFER, offer.getId(), NoticeKind.OFFER_EXPIRING);
        assertThat(recipientsOf(reminded)).contains(author.personId()).doesNotHaveDuplicates();
        assertThat(reminded).allSatisfy(notification -> assertThat(notification.getDigest()).isEqualTo(Notification.DigestState.DAILY));
        assertThat(Deliveries.emailsTo(entityManager, author.personId(), offer.getTitle())).isEmpty();

        Renewal renewed = lifecycleService.renew(author, offer.getId());
        assertThat(renewed).isEqualTo(new Renewal(Renewal.Outcome.EXTENDED, LocalDate.now().plusDays(5).plusMonths(6)));
        assertThat(offerService.find(author, offer.getId()).orElseThrow().getValidUntil()).isEqualTo(renewed.validUntil());
        assertThatThrownBy(() -> lifecycleService.renew(participant, offer.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfferThatHasJustExpiredIsToldToItsOwnerOnceInTheBellAndByEmail() throws Exception {
        Offer offer = published(form());
        transaction.begin();
        entityManager.createQuery("update Offer o set o.validUntil = :yesterday where o.id = :id")
                .setParameter("yesterday", LocalDate.now().minusDays(1)).setParameter("id", offer.getId()).executeUpdate();
        transaction.commit();

        assertThat(reminders.tellExpired(LocalDate.now())).isPositive();
        // A second node, or the next day's run, tells nobody again; nor does the week-ahead reminder.
        assertThat(reminders.tellExpired(LocalDate.now())).isZero();
        reminders.tellExpired(LocalDate.now().plusDays(1));
        reminders.remindOfExpiry(LocalDate.now());

        assertThat(entityManager.find(Offer.class, offer.getId()).statusOn(LocalDate.now())).isEqualTo(OfferStatus.EXPIRED);
        OfferFilter open = byWord();
        open.setOnlyOpen(true);
        assertThat(offerService.list(participant, open, 0, 10)).as("no longer among the open offers").isEmpty();
        assertThat(offerService.list(participant, byWord(), 0, 10)).singleElement()
                .satisfies(listed -> assertThat(listed.statusOn(LocalDate.now())).isEqualTo(OfferStatus.EXPIRED));
        assertThat(recipientsOf(Deliveries.notifications(entityManager, SubjectType.OFFER, offer.getId(), NoticeKind.OFFER_EXPIRED)))
                .contains(author.personId()).doesNotHaveDuplicates();
        assertThat(Deliveries.notifications(entityManager, SubjectType.OFFER, offer.getId(), NoticeKind.OFFER_EXPIRING)).isEmpty();
        assertThat(Deliveries.emailsTo(entityManager, author.personId(), offer.getTitle())).singleElement().satisfies(email -> {
            assertThat(email.getToAddress()).isEqualTo(emailOf(author));
            assertThat(email.getSubject()).containsAnyOf("has expired", "wygasła");
        });
        assertThat(Deliveries.emailsTo(entityManager, participant.personId(), offer.getTitle())).as("not the other side").isEmpty();

        // Renewed, it is open again.
        lifecycleService.renew(author, offer.getId());
        assertThat(offerService.list(participant, open, 0, 10)).hasSize(1);
    }

    @Test
    void theDemoDataShowsAnExpiredOfferAndAFollowUpOnTheFirstRun() {
        LocalDate today = LocalDate.now();
        for (int run = 0; run < 2; run++) {
            reminders.tellExpired(today);
            reminders.followUpOutcomes(today);
        }

        // V18_1: `member`'s offer 181 expired yesterday; the meeting of interest 182 in offer 801 was 95 days ago.
        Offer expired = entityManager.find(Offer.class, 181L);
        assertThat(expired.statusOn(today)).isEqualTo(OfferStatus.EXPIRED);
        assertThat(recipientsOf(Deliveries.notifications(entityManager, SubjectType.OFFER, 181, NoticeKind.OFFER_EXPIRED)))
                .contains(3L).doesNotHaveDuplicates();
        assertThat(Deliveries.emailsTo(entityManager, 3, expired.getTitle())).singleElement()
                .extracting(OutboxMessage::getToAddress).isEqualTo("anna.wisniewska@jki.example.org");
        assertThat(entityManager.find(ExpressionOfInterest.class, 182L).getFollowUps()).as("the 3-month question, not yet the 6-month").isEqualTo(1);
        assertThat(recipientsOf(Deliveries.notifications(entityManager, SubjectType.OFFER, 801, NoticeKind.OUTCOME_FOLLOW_UP)))
                .contains(3L).doesNotHaveDuplicates();
    }

    @Test
    void aRenewalAtTheTwentyFourMonthLimitSaysItChangedNothing() {
        OfferForm form = form();
        LocalDate limit = LocalDate.now().plusMonths(Offer.MAX_MONTHS);
        form.setValidUntil(limit.minusMonths(2));
        Offer offer = published(form);

        assertThat(lifecycleService.renew(author, offer.getId())).as("only up to the limit")
                .isEqualTo(new Renewal(Renewal.Outcome.CAPPED, limit));
        assertThat(lifecycleService.renew(author, offer.getId())).as("not six months longer: the date stays")
                .isEqualTo(new Renewal(Renewal.Outcome.AT_LIMIT, limit));
        assertThat(offerService.find(author, offer.getId()).orElseThrow().getValidUntil()).isEqualTo(limit);
    }

    @Test
    void attachmentsAreCheckedByContentAndDownloadedOnlyByWhoSeesTheOffer() {
        Offer offer = published(form());
        OfferAttachment pdf = attachmentService.attach(author, offer.getId(), "C:\\Users\\anna\\price list.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Price list")));
        assertThat(pdf.getFileName()).isEqualTo("price list.pdf");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        attachmentService.attach(author, offer.getId(), "photo.png", new ByteArrayInputStream(TestFiles.png()));

        assertThatThrownBy(() -> attachmentService.attach(author, offer.getId(), "invoice.pdf",
                new ByteArrayInputStream("MZ\u0090\u0000 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1))))
                .as("a renamed program").isInstanceOf(BusinessException.class).hasMessage("offer.attachment.wrongType");
        assertThatThrownBy(() -> attachmentService.attach(participant, offer.getId(), "x.pdf", new ByteArrayInputStream(TestFiles.pdf("x"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(attachmentService.download(participant, pdf.getId())).isPresent()
                .get().satisfies(download -> assertThat(download.publicAccess()).isFalse());
        assertThat(attachmentService.download(unrelated, pdf.getId())).isEmpty();
        assertThat(attachmentService.download(Viewer.VISITOR, pdf.getId())).isEmpty();
        assertThat(attachmentService.attachmentsOf(offer)).hasSize(2);

        assertThatThrownBy(() -> attachmentService.detach(participant, pdf.getId())).isInstanceOf(AccessDeniedException.class);
        attachmentService.detach(author, pdf.getId());
        assertThat(attachmentService.attachmentsOf(offer)).hasSize(1);
    }

    private Offer published(OfferForm form) {
        return lifecycleService.publish(author, lifecycleService.create(author, form).getId());
    }

    private static List<Long> recipientsOf(List<Notification> notifications) {
        return notifications.stream().map(notification -> notification.getRecipient().getId()).toList();
    }

    private String emailOf(Viewer viewer) {
        return entityManager.find(Person.class, viewer.personId()).getEmail();
    }

    private long refusalsOf(Viewer viewer) {
        return entityManager.createQuery("select count(e) from AuditEntry e where e.actorId = :actor and e.action = :refused", Long.class)
                .setParameter("actor", viewer.personId())
                .setParameter("refused", AuditAction.ACCESS_DENIED)
                .getSingleResult();
    }

    private InterestForm interestForm() {
        InterestForm form = new InterestForm();
        form.setCooperation(Cooperation.TECHNICAL_COOPERATION);
        form.setMessage("We would test it in our mine.");
        return form;
    }

    private OfferForm form() {
        OfferForm form = new OfferForm();
        form.setKind(OfferKind.OFFER);
        form.setCategory(OfferCategory.SERVICE);
        form.setTitle("Blade repair " + word);
        form.setSummary("Repair of worn turbine blades");
        form.setOwnerId(owner.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        return form;
    }

    private OfferFilter byWord() {
        return filter(word);
    }

    private static OfferFilter filter(String words) {
        OfferFilter filter = new OfferFilter();
        filter.setWords(words);
        return filter;
    }

    private Agreement agreement(String title, Organisation first, Organisation second) {
        Agreement created = new Agreement(title + " " + UUID.randomUUID());
        created.describe(created.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        created.addSignatory(first, null);
        created.addSignatory(second, null);
        entityManager.persist(created);
        return created;
    }

    private Organisation organisation(String name) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Person person() {
        String name = "p-" + UUID.randomUUID();
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), name, "Test", "Person", name + "@test.example.org", null), Instant.now());
        entityManager.persist(person);
        return person;
    }

    private Viewer viewerWorkingFor(Organisation organisation, MembershipRole role) {
        Person person = person();
        Membership membership = new Membership(person, organisation);
        membership.changeRole(role);
        entityManager.persist(membership);
        return new Viewer(person.getId(), false);
    }
}
