package org.clusterportal.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.Viewer;

/**
 * The consortium's checklist in its workspace: items with an owner from the consortium and a due day, done or
 * open again. {@link ProposalReminders} tells the owners the day before an item is due.
 */
@Stateless
public class WorkspaceChecklist {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ProposalService proposals;

    @Inject
    private AuditLog auditLog;

    /** The items, open ones first, the earliest due on top. */
    public List<ChecklistItem> checklist(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = proposals.getWorkspace(viewer, id);
        // A checklist is a few dozen items at most: ordered here (done last is no column to sort by).
        return entityManager.createQuery("select i from ChecklistItem i left join fetch i.owner left join fetch i.doneBy where i.proposal = :proposal",
                ChecklistItem.class)
                .setParameter("proposal", proposal)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(ChecklistItem::isDone)
                        .thenComparing(ChecklistItem::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ChecklistItem::getId))
                .toList();
    }

    public ChecklistItem addItem(@NotNull Viewer viewer, @NotNull Long id, String title, Long ownerId, LocalDate dueOn) {
        ProjectProposal proposal = proposals.getWorkspace(viewer, id);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw BusinessException.onField("itemTitle", "proposal.checklist.titleRequired");
        }
        if (cleanTitle.length() > ChecklistItem.TITLE_LENGTH) {
            throw BusinessException.onField("itemTitle", "form.tooLong", ChecklistItem.TITLE_LENGTH);
        }
        Person owner = null;
        if (ownerId != null) {
            owner = membersOf(proposal).stream().filter(person -> person.getId().equals(ownerId)).findFirst()
                    .orElseThrow(() -> BusinessException.onField("itemOwner", "proposal.checklist.ownerOutside"));
        }
        ChecklistItem item = new ChecklistItem(proposal, cleanTitle, owner, dueOn);
        entityManager.persist(item);
        return item;
    }

    public ChecklistItem markDone(@NotNull Viewer viewer, @NotNull Long itemId, boolean done) {
        ChecklistItem item = Optional.ofNullable(entityManager.find(ChecklistItem.class, itemId))
                .orElseThrow(() -> auditLog.refusal(viewer, "Checklist item " + itemId));
        proposals.getWorkspace(viewer, item.getProposal().getId());
        if (done) {
            item.markDone(proposals.actor(viewer), Instant.now());
        }
        else {
            item.reopen();
        }
        return item;
    }

    /** The people of the accepted partners, by name: the owners an item may have. */
    public List<Person> members(@NotNull Viewer viewer, @NotNull Long id) {
        return membersOf(proposals.getWorkspace(viewer, id));
    }

    private List<Person> membersOf(ProjectProposal proposal) {
        List<Long> organisations = proposal.acceptedPartners().stream().map(partner -> partner.getOrganisation().getId()).toList();
        if (organisations.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct m.person from Membership m
                where m.organisation.id in :organisations and m.status = :approved""", Person.class)
                .setParameter("organisations", organisations)
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(Person::getDisplayName))
                .toList();
    }
}
