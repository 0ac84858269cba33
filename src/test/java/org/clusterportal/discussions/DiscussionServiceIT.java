package org.clusterportal.discussions;

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
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Notification;
import org.clusterportal.notifications.NotificationService;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferForm;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferService;
import org.clusterportal.organisations.Organisation;
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
 * Discussions on the database: who reads and writes a thread (those who may see the offer), who is told of a new
 * comment (the thread's participants and the offer's contact, never the author), the 15 minutes of editing, and
 * removal by a moderator, audited.
 */
@ExtendWith(ArquillianExtension.class)
class DiscussionServiceIT {

    @Inject
    private DiscussionService discussionService;

    @Inject
    private OfferService offerService;

    @Inject
    private NotificationService notificationService;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    private Viewer author;
    private Viewer participant;
    private Viewer colleagueOfParticipant;
    private Viewer outsider;
    private Viewer admin;
    private Subject offer;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @BeforeEach
    void makeData() throws Exception {
        transaction.begin();
        Organisation owner = organisation("Owner");
        Organisation partner = organisation("Partner");
        Organisation elsewhere = organisation("Elsewhere");
        Agreement agreement = new Agreement("Discussion agreement " + UUID.randomUUID());
        agreement.describe(agreement.getTitle(), null, LocalDate.of(2020, 1, 1), null, null, null, Set.of(), false);
        agreement.addSignatory(owner, null);
        agreement.addSignatory(partner, null);
        entityManager.persist(agreement);
        author = viewerWorkingFor(owner, false);
        participant = viewerWorkingFor(partner, false);
        colleagueOfParticipant = viewerWorkingFor(partner, false);
        outsider = viewerWorkingFor(elsewhere, false);
        admin = viewerWorkingFor(elsewhere, true);
        transaction.commit();

        OfferForm form = new OfferForm();
        form.setKind(OfferKind.OFFER);
        form.setCategory(OfferCategory.SERVICE);
        form.setTitle("Discussed offer " + UUID.randomUUID());
        form.setSummary("Something to talk about");
        form.setOwnerId(owner.getId());
        form.setReach(Reach.PARTICIPANTS);
        form.setAgreementIds(List.of(agreement.getId()));
        Offer created = offerService.publish(author, offerService.create(author, form).getId());
        offer = new Subject(SubjectType.OFFER, created.getId(), created.getTitle());
    }

    @Test
    void whoMaySeeTheOfferReadsAndWritesItsThreadAndTheOthersAreTold() {
        discussionService.add(participant, offer, "  A question: see https://example.org/spec  ");

        assertThat(discussionService.thread(author, SubjectType.OFFER, offer.id(), 100))
                .extracting(Comment::getBody).containsExactly("A question: see https://example.org/spec");
        assertThat(comments(author)).as("the offer's contact is told").hasSize(1);
        assertThat(comments(participant)).as("never the author").isEmpty();
        assertThat(comments(colleagueOfParticipant)).as("not taking part yet").isEmpty();

        discussionService.add(author, offer, "An answer");
        assertThat(comments(participant)).as("a participant of the thread is told").hasSize(1);
        assertThat(comments(author)).hasSize(1);

        discussionService.add(colleagueOfParticipant, offer, "Me too");
        assertThat(comments(participant)).hasSize(2);
        assertThat(comments(author)).hasSize(2);
        assertThat(discussionService.thread(participant, SubjectType.OFFER, offer.id(), 100))
                .extracting(Comment::getBody).containsExactly("A question: see https://example.org/spec", "An answer", "Me too");

        assertThatThrownBy(() -> discussionService.thread(outsider, SubjectType.OFFER, offer.id(), 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussionService.add(outsider, offer, "Let me in"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussionService.thread(Viewer.VISITOR, SubjectType.OFFER, offer.id(), 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussionService.add(participant, offer, "   "))
                .isInstanceOf(BusinessException.class).hasMessage("discussion.comment.required");
    }

    @Test
    void authorsChangeTheirOwnForFifteenMinutesModeratorsRemoveAnyAudited() throws Exception {
        Comment comment = discussionService.add(participant, offer, "Frist version");
        assertThatThrownBy(() -> discussionService.edit(author, comment.getId(), comment.getVersion(), "Hijacked"))
                .isInstanceOf(AccessDeniedException.class);
        Comment edited = discussionService.edit(participant, comment.getId(), comment.getVersion(), "First version");
        assertThat(edited.getBody()).isEqualTo("First version");
        assertThat(edited.getEditedAt()).isNotNull();
        assertThatThrownBy(() -> discussionService.delete(author, comment.getId())).isInstanceOf(AccessDeniedException.class);

        transaction.begin();
        entityManager.createQuery("update Comment c set c.created = :then where c.id = :id")
                .setParameter("then", Instant.now().minus(Comment.EDITABLE_FOR).minusSeconds(1))
                .setParameter("id", comment.getId())
                .executeUpdate();
        transaction.commit();
        long version = entityManager.find(Comment.class, comment.getId()).getVersion();
        assertThatThrownBy(() -> discussionService.edit(participant, comment.getId(), version, "Too late"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussionService.delete(participant, comment.getId())).isInstanceOf(AccessDeniedException.class);

        assertThat(discussionService.canModerate(admin)).isTrue();
        assertThat(discussionService.canModerate(author)).isFalse();
        discussionService.delete(admin, comment.getId());
        assertThat(discussionService.thread(author, SubjectType.OFFER, offer.id(), 100)).isEmpty();
        assertThat(entityManager.createQuery("""
                select count(e) from AuditEntry e where e.action = :action and e.objectId = :id and e.actorId = :admin""", Long.class)
                .setParameter("action", AuditAction.COMMENT_REMOVED)
                .setParameter("id", String.valueOf(comment.getId()))
                .setParameter("admin", admin.personId())
                .getSingleResult()).isEqualTo(1);

        Comment fresh = discussionService.add(participant, offer, "Oops");
        discussionService.delete(participant, fresh.getId());
        assertThat(discussionService.thread(author, SubjectType.OFFER, offer.id(), 100)).isEmpty();
    }

    @Test
    void aNotificationOfASubjectNoLongerVisibleIsNotShown() {
        discussionService.add(author, offer, "Hello partners");
        discussionService.add(participant, offer, "Hello");
        assertThat(notificationService.list(author, 0, 20)).extracting(Notification::getSubjectId).contains(offer.id());

        offerService.withdraw(author, offer.id());
        assertThat(notificationService.list(participant, 0, 20)).as("withdrawn: partners no longer see it")
                .extracting(Notification::getSubjectId).doesNotContain(offer.id());
        assertThat(notificationService.list(author, 0, 20)).extracting(Notification::getSubjectId).contains(offer.id());
    }

    private List<Notification> comments(Viewer viewer) {
        return entityManager.createQuery("""
                select n from Notification n where n.recipient.id = :person and n.kind = :kind and n.subjectId = :offer""",
                Notification.class)
                .setParameter("person", viewer.personId())
                .setParameter("kind", NoticeKind.COMMENT_ADDED)
                .setParameter("offer", offer.id())
                .getResultList();
    }

    private Organisation organisation(String name) {
        Organisation organisation = new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Katowice");
        entityManager.persist(organisation);
        return organisation;
    }

    private Viewer viewerWorkingFor(Organisation organisation, boolean isAdmin) {
        Person person = Person.firstLogin(new AccountClaims(UUID.randomUUID().toString(), "d", "Test", "Person", null, null), Instant.now());
        entityManager.persist(person);
        entityManager.persist(new Membership(person, organisation));
        return new Viewer(person.getId(), isAdmin);
    }
}
