package org.clusterportal.proposals;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.people.Person;
import org.clusterportal.platform.persistence.BaseEntity;

/** Something the application needs (a budget table, a letter of support), with who owns it and by when. */
@Entity
@Table(name = "proposal_checklist_item")
public class ChecklistItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 300;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private ProjectProposal proposal;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChecklistState state = ChecklistState.OPEN;

    @ManyToOne
    @JoinColumn(name = "done_by")
    private Person doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ChecklistItem() {
        // for JPA
    }

    ChecklistItem(ProjectProposal proposal, String title, Person owner, LocalDate dueOn) {
        this.proposal = proposal;
        this.title = title;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void markDone(Person person, Instant now) {
        state = ChecklistState.DONE;
        doneBy = person;
        doneAt = now;
    }

    void reopen() {
        state = ChecklistState.OPEN;
        doneBy = null;
        doneAt = null;
    }

    public boolean isDone() {
        return state == ChecklistState.DONE;
    }

    /** Open and due before the day: shown as late. */
    public boolean isLateOn(LocalDate day) {
        return !isDone() && dueOn != null && dueOn.isBefore(day);
    }

    public ProjectProposal getProposal() {
        return proposal;
    }

    public String getTitle() {
        return title;
    }

    public Person getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ChecklistState getState() {
        return state;
    }

    public Person getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
