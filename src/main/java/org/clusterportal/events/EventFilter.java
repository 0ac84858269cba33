package org.clusterportal.events;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** What the list of events is narrowed by; empty fields narrow nothing. Dates are days in the viewer's zone. */
public class EventFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200)
    private String words;
    private EventType type;
    private Long agreementId;
    private LocalDate from;
    private LocalDate to;
    @Size(max = 8)
    private String language;
    private boolean onlyWithSeats;
    private boolean includePast;

    public String getWords() { return words; }
    public void setWords(String words) { this.words = words; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public Long getAgreementId() { return agreementId; }
    public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isOnlyWithSeats() { return onlyWithSeats; }
    public void setOnlyWithSeats(boolean onlyWithSeats) { this.onlyWithSeats = onlyWithSeats; }
    public boolean isIncludePast() { return includePast; }
    public void setIncludePast(boolean includePast) { this.includePast = includePast; }
}
