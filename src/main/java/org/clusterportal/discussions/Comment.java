package org.clusterportal.discussions;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.clusterportal.notifications.SubjectType;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.BaseEntity;

/** One comment in the thread of an object: plain text, kept exactly as written. */
@Entity
@Table(name = "discussion_comment")
public class Comment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int BODY_LENGTH = 4000;

    /** How long its author may still change or delete a comment. */
    public static final Duration EDITABLE_FOR = Duration.ofMinutes(15);

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    @NotBlank
    @Size(max = BODY_LENGTH)
    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected Comment() {
        // for JPA
    }

    Comment(SubjectType subjectType, long subjectId, Person author, String body) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.author = author;
        this.body = checked(body);
    }

    /** The text without surrounding blank lines; refused when empty or too long. */
    static String checked(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw BusinessException.onField("newComment", "discussion.comment.required");
        }
        if (text.length() > BODY_LENGTH) {
            throw BusinessException.onField("newComment", "discussion.comment.tooLong", BODY_LENGTH);
        }
        return text;
    }

    /** Whether its author may still change or delete it at {@code now}. */
    public boolean isEditableBy(Long personId, Instant now) {
        return personId != null && author.getId().equals(personId) && now.isBefore(getCreated().plus(EDITABLE_FOR));
    }

    void edit(String newBody, Instant now) {
        body = checked(newBody);
        editedAt = now;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Person getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
