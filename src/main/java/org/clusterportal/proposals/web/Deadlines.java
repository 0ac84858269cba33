package org.clusterportal.proposals.web;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.clusterportal.proposals.ProjectProposal;

/** A proposal's deadline as pages show it: in the call's own time zone, and the time left counting down. */
@Named
@ApplicationScoped
public class Deadlines {

    /** E.g. "18 Feb 2027, 17:00 (Europe/Brussels)". */
    public String format(ProjectProposal proposal) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return proposal.getDeadlineInZone().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)) + " (" + proposal.getTimeZone() + ")";
    }

    /** "12 days 4 h left", "3 h 20 min left", or "passed". */
    public String left(ProjectProposal proposal) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "i18n");
        Locale locale = context.getViewRoot().getLocale();
        Duration left = proposal.timeLeft(Instant.now());
        if (left.isZero()) {
            return bundle.getString("proposal.deadline.passed");
        }
        String key = left.toDays() > 0 ? "proposal.deadline.leftDays" : "proposal.deadline.leftHours";
        return new MessageFormat(bundle.getString(key), locale)
                .format(new Object[] { left.toDays(), left.toHoursPart(), left.toMinutesPart() });
    }

    /** Less than a week left on an open proposal: shown as urgent. */
    public boolean urgent(ProjectProposal proposal) {
        Duration left = proposal.timeLeft(Instant.now());
        return proposal.getStatus().isOpen() && !left.isZero() && left.toDays() < 7;
    }
}
