package org.clusterportal.proposals.web;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.proposals.WorkspaceChecklist;
import org.omnifaces.cdi.Param;

/** The checklist of proposals/workspace.xhtml: an item added with its owner and due day, an item ticked or opened again. */
@Named
@RequestScoped
public class ChecklistBacking {

    @Inject
    private WorkspaceChecklist workspaceChecklist;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private String itemTitle;
    private Long itemOwnerId;
    private LocalDate itemDueOn;

    public String addItem() {
        return ProposalActions.run(() -> workspaceChecklist.addItem(currentPerson.viewer(), id, itemTitle, itemOwnerId, itemDueOn),
                "checklistForm", "proposal.checklist.added", ProposalActions.workspacePage(id));
    }

    public String toggle(Long itemId, boolean done) {
        workspaceChecklist.markDone(currentPerson.viewer(), itemId, done);
        return ProposalActions.workspacePage(id);
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public Long getItemOwnerId() {
        return itemOwnerId;
    }

    public void setItemOwnerId(Long itemOwnerId) {
        this.itemOwnerId = itemOwnerId;
    }

    public LocalDate getItemDueOn() {
        return itemDueOn;
    }

    public void setItemDueOn(LocalDate itemDueOn) {
        this.itemDueOn = itemDueOn;
    }
}
