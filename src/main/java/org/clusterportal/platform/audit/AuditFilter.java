package org.clusterportal.platform.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit-log page asks for: words of the actor's name, one action, a period of whole days (UTC, both
 * ends included). Empty fields do not filter.
 */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String person;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
