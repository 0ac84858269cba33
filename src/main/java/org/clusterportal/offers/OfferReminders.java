package org.clusterportal.offers;

import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Once a day: reminds owners of offers that expire within a week, and asks them how the meetings and agreements
 * of 3 and 6 months ago turned out. Each question is recorded, so none is asked twice.
 */
@Singleton
public class OfferReminders {

    private static final Logger LOG = Logger.getLogger(OfferReminders.class.getName());

    @Inject
    private OfferService offerService;

    @Schedule(hour = "6", minute = "15", persistent = false)
    void daily() {
        LocalDate today = LocalDate.now();
        int expiring = offerService.remindOfExpiry(today);
        int followUps = offerService.followUpOutcomes(today);
        LOG.info(() -> "Offers: " + expiring + " expiry reminders, " + followUps + " outcome follow-ups");
    }
}
