package org.clusterportal.discussions.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.discussions.Comment;
import org.clusterportal.discussions.DiscussionService;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.text.PlainText;

/**
 * WEB-INF/includes/discussion.xhtml: the thread of the object whose page includes it (one per page). The page
 * names the object ({@code subjectType}, {@code subjectId}, {@code subjectTitle}) from what it loaded itself.
 */
@Named
@ViewScoped
public class DiscussionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More than any real thread; the newest are shown. */
    private static final int MAX_SHOWN = 500;

    @Inject
    private DiscussionService discussionService;

    @Inject
    private CurrentPerson currentPerson;

    private SubjectType type;
    private long subjectId;
    private String title;
    private List<Comment> comments;
    private Boolean moderator;
    private String newComment;
    private Long editingId;
    private long editingVersion;
    private String editedText;

    /** The thread, loaded once per view (and again after a change). */
    public List<Comment> comments(String typeName, Long id, String subjectTitle) {
        SubjectType asked = SubjectType.valueOf(typeName);
        if (comments == null || asked != type || id != subjectId) {
            type = asked;
            subjectId = id;
            title = subjectTitle;
            comments = discussionService.thread(currentPerson.viewer(), type, subjectId, MAX_SHOWN);
        }
        return comments;
    }

    public void add() {
        try {
            discussionService.add(currentPerson.viewer(), new Subject(type, subjectId, title), newComment);
        }
        catch (BusinessException refusal) {
            Feedback.showInForm(refusal, "discussionForm");
            return;
        }
        newComment = null;
        comments = null;
    }

    public void startEditing(Comment comment) {
        editingId = comment.getId();
        editingVersion = comment.getVersion();
        editedText = comment.getBody();
    }

    public void cancelEditing() {
        editingId = null;
    }

    public void saveEdit() {
        try {
            discussionService.edit(currentPerson.viewer(), editingId, editingVersion, editedText);
        }
        catch (BusinessException refusal) {
            Feedback.showInForm(refusal, "discussionForm");
            return;
        }
        editingId = null;
        comments = null;
    }

    public void delete(Comment comment) {
        discussionService.delete(currentPerson.viewer(), comment.getId());
        comments = null;
    }

    public String html(Comment comment) {
        return PlainText.toHtml(comment.getBody());
    }

    public boolean editable(Comment comment) {
        return comment.isEditableBy(currentPerson.viewer().personId(), Instant.now());
    }

    public boolean removable(Comment comment) {
        if (editable(comment)) {
            return true;
        }
        if (moderator == null) {
            moderator = discussionService.canModerate(currentPerson.viewer());
        }
        return moderator;
    }

    public boolean editing(Comment comment) {
        return comment.getId().equals(editingId);
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setEditedText(String editedText) {
        this.editedText = editedText;
    }
}
