package org.clusterportal.proposals;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every morning: deadlines in 7 days and in 1 day, checklist items due tomorrow. Not persistent: a day the
 * server was down is not caught up later (a reminder after the deadline helps nobody).
 */
@Singleton
public class ProposalReminders {

    private static final Logger LOG = Logger.getLogger(ProposalReminders.class.getName());

    @Inject
    private ProposalService proposalService;

    @Schedule(hour = "7", minute = "0", persistent = false, info = "proposal reminders")
    void remind() {
        int fired = proposalService.sendReminders(Instant.now());
        LOG.info(() -> "Proposal reminders: " + fired + " notices");
    }
}
