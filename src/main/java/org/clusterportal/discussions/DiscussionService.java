package org.clusterportal.discussions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.NotificationService;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectOwners;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.people.Person;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The comment threads. A thread is read and written by whoever may see its object (the object's own
 * {@link org.clusterportal.notifications.SubjectAccess}); authors change or delete their comments within
 * {@link Comment#EDITABLE_FOR}; coordinators (of any agreement) and admins remove any comment, audited.
 */
@Stateless
public class DiscussionService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private NotificationService notificationService;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<Notice> notices;

    @Inject
    @Any
    private Instance<SubjectOwners> subjectOwners;

    /** The thread of an object, oldest first (at most the last {@code max} comments). */
    public List<Comment> thread(@NotNull Viewer viewer, @NotNull SubjectType type, long subjectId, @Min(1) @Max(1000) int max) {
        requireVisible(viewer, type, subjectId);
        List<Comment> newest = entityManager.createQuery("""
                select c from Comment c join fetch c.author where c.subjectType = :type and c.subjectId = :subject
                order by c.created desc, c.id desc""", Comment.class)
                .setParameter("type", type)
                .setParameter("subject", subjectId)
                .setMaxResults(max)
                .getResultList();
        List<Comment> oldestFirst = new ArrayList<>(newest);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * Adds a comment and tells the people who took part in the thread and the object's owners (those of them who
     * may still see it), not the author.
     */
    public Comment add(@NotNull Viewer viewer, @NotNull Subject subject, String text) {
        requireVisible(viewer, subject.type(), subject.id());
        Person author = entityManager.find(Person.class, viewer.personId());
        Comment comment = new Comment(subject.type(), subject.id(), author, text);
        Set<Long> recipients = new HashSet<>(entityManager.createQuery("""
                select distinct c.author.id from Comment c where c.subjectType = :type and c.subjectId = :subject""", Long.class)
                .setParameter("type", subject.type())
                .setParameter("subject", subject.id())
                .getResultList());
        for (SubjectOwners owners : subjectOwners) {
            if (owners.type() == subject.type()) {
                recipients.addAll(owners.ownersOf(subject.id()));
            }
        }
        recipients.remove(author.getId());
        recipients.removeIf(person -> notificationService.visibleAmong(new Viewer(person, false), subject.type(),
                Set.of(subject.id())).isEmpty());
        entityManager.persist(comment);
        notices.fire(new Notice(NoticeKind.COMMENT_ADDED, recipients, subject, author.getId(), comment.getBody()));
        return comment;
    }

    public Comment edit(@NotNull Viewer viewer, @NotNull Long commentId, long version, String text) {
        Comment comment = find(commentId);
        if (!comment.isEditableBy(viewer.personId(), Instant.now())) {
            throw new AccessDeniedException("Comment " + commentId);
        }
        comment.checkVersion(version);
        comment.edit(text, Instant.now());
        return comment;
    }

    /** Its author within the time allowed deletes it; a coordinator or admin removes it, and that is audited. */
    public void delete(@NotNull Viewer viewer, @NotNull Long commentId) {
        Comment comment = find(commentId);
        if (!comment.isEditableBy(viewer.personId(), Instant.now())) {
            if (!canModerate(viewer)) {
                throw new AccessDeniedException("Comment " + commentId);
            }
            requireVisible(viewer, comment.getSubjectType(), comment.getSubjectId());
            String body = comment.getBody();
            auditLog.record(viewer, AuditAction.COMMENT_REMOVED, "comment", comment.getId(), comment.getSubjectType() + " "
                    + comment.getSubjectId() + ", " + comment.getAuthor().getUsername() + ": "
                    + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
        }
        entityManager.remove(comment);
    }

    /** Admins, and the coordinators of any agreement. */
    public boolean canModerate(@NotNull Viewer viewer) {
        if (viewer.admin()) {
            return true;
        }
        if (viewer.isVisitor()) {
            return false;
        }
        return entityManager.createQuery(
                "select count(a) from Agreement a join a.coordinators c where c.id = :person", Long.class)
                .setParameter("person", viewer.personId())
                .getSingleResult() > 0;
    }

    private Comment find(Long commentId) {
        Comment comment = entityManager.find(Comment.class, commentId);
        if (comment == null) {
            throw new AccessDeniedException("Comment " + commentId);
        }
        return comment;
    }

    private void requireVisible(Viewer viewer, SubjectType type, long subjectId) {
        if (viewer.isVisitor() || notificationService.visibleAmong(viewer, type, Set.of(subjectId)).isEmpty()) {
            throw new AccessDeniedException(type + " " + subjectId);
        }
    }
}
