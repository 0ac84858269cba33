package org.clusterportal.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.clusterportal.people.Person;
import org.clusterportal.platform.persistence.BaseEntity;

/** One notice as one person sees it in the portal: unread until they open it or mark it read. */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 300;
    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private Person recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private NoticeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "subject_title", nullable = false, length = TITLE_LENGTH, updatable = false)
    private String subjectTitle;

    @Column(name = "actor_name", length = Person.USERNAME_LENGTH, updatable = false)
    private String actorName;

    @Column(length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "read_at")
    private Instant readAt;

    /** The digest that still has to carry this notification; PORTAL_ONLY once none has to. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DigestState digest;

    @Column(name = "digested_at")
    private Instant digestedAt;

    /** Whether a digest still has to carry a notification. */
    public enum DigestState {
        NONE,
        DAILY,
        WEEKLY
    }

    protected Notification() {
        // for JPA
    }

    Notification(Person recipient, Notice notice, String actorName, Delivery delivery) {
        this.recipient = recipient;
        this.kind = notice.kind();
        this.subjectType = notice.subject().type();
        this.subjectId = notice.subject().id();
        this.subjectTitle = cut(notice.subject().title(), TITLE_LENGTH);
        this.actorName = actorName;
        this.text = notice.text() == null ? null : cut(notice.text(), TEXT_LENGTH);
        this.digest = switch (delivery) {
            case DAILY_DIGEST -> DigestState.DAILY;
            case WEEKLY_DIGEST -> DigestState.WEEKLY;
            default -> DigestState.NONE;
        };
    }

    static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void digested(Instant now) {
        digestedAt = now;
    }

    public Person getRecipient() {
        return recipient;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectTitle() {
        return subjectTitle;
    }

    /** The subject's page, relative to the context root. */
    public String getPath() {
        return subjectType.path(subjectId);
    }

    public String getActorName() {
        return actorName;
    }

    public String getText() {
        return text;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public DigestState getDigest() {
        return digest;
    }

    public Instant getDigestedAt() {
        return digestedAt;
    }
}
