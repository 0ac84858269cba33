package org.clusterportal.proposals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.NoticeKind;

/**
 * Every morning: the consortia whose deadline is 7 days or 1 day away, the owners of checklist items due
 * tomorrow. Not persistent: a day the server was down is not caught up later (a reminder after the deadline
 * helps nobody). Each reminder is recorded ({@code proposal_reminder}) under the proposal's row lock, so a
 * second node, or a second run the same day, sends nothing again; a moved deadline or due date is a new one.
 */
@Singleton
public class ProposalReminders {

    private static final Logger LOG = Logger.getLogger(ProposalReminders.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ProposalNotices notices;

    @Schedule(hour = "7", minute = "0", persistent = false, info = "proposal reminders")
    void remind() {
        int fired = sendReminders(Instant.now());
        LOG.info(() -> "Proposal reminders: " + fired + " notices");
    }

    /**
     * Tells the consortia whose deadline is 7 days or 1 day after {@code now} (each proposal falls into each
     * window on one day only), and the owners of checklist items due the next day (the consortium when an item
     * has no owner). Returns how many notices were fired.
     */
    public int sendReminders(@NotNull Instant now) {
        int fired = 0;
        for (long days : new long[] { 7, 1 }) {
            List<ProjectProposal> due = entityManager.createQuery("""
                    select p from ProjectProposal p where p.status in :openStatuses and p.deadline > :from and p.deadline <= :until""",
                    ProjectProposal.class)
                    .setParameter("openStatuses", ProposalStatus.open())
                    .setParameter("from", now.plus(days - 1, ChronoUnit.DAYS))
                    .setParameter("until", now.plus(days, ChronoUnit.DAYS))
                    .getResultList();
            for (ProjectProposal proposal : due) {
                if (firstTime(proposal.getId(), "deadline:" + days + ":" + proposal.getDeadline(), now)
                        && notices.remind(NoticeKind.PROPOSAL_DEADLINE, notices.consortiumOf(proposal), proposal, String.valueOf(days))) {
                    fired++;
                }
            }
        }
        LocalDate tomorrow = LocalDate.ofInstant(now, ZoneId.systemDefault()).plusDays(1);
        List<ChecklistItem> items = entityManager.createQuery("""
                select i from ChecklistItem i where i.state = :openItem and i.dueOn = :tomorrow and i.proposal.status in :openStatuses""",
                ChecklistItem.class)
                .setParameter("openItem", ChecklistState.OPEN)
                .setParameter("tomorrow", tomorrow)
                .setParameter("openStatuses", ProposalStatus.open())
                .getResultList();
        for (ChecklistItem item : items) {
            Set<Long> people = item.getOwner() != null ? Set.of(item.getOwner().getId()) : notices.consortiumOf(item.getProposal());
            if (firstTime(item.getProposal().getId(), "item:" + item.getId() + ":" + item.getDueOn(), now) && notices.remind(NoticeKind.CHECKLIST_ITEM_DUE, people, item.getProposal(), item.getTitle())) {
                fired++;
            }
        }
        return fired;
    }

    /** Records the reminder unless it was sent before; the proposal's row lock makes two nodes take turns. */
    private boolean firstTime(long proposalId, String reminder, Instant now) {
        entityManager.find(ProjectProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        long sent = ((Number) entityManager.createNativeQuery(
                "select count(*) from proposal_reminder where proposal_id = ? and reminder = ?")
                .setParameter(1, proposalId).setParameter(2, reminder).getSingleResult()).longValue();
        if (sent > 0) {
            return false;
        }
        entityManager.createNativeQuery("insert into proposal_reminder (proposal_id, reminder, sent_at) values (?, ?, ?)")
                .setParameter(1, proposalId).setParameter(2, reminder).setParameter(3, Timestamp.from(now)).executeUpdate();
        return true;
    }
}
