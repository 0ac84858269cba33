package org.clusterportal.events.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.events.EventService;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;

/**
 * The choices the events' forms offer (agreements, organisations), as ids and labels read once per request that
 * shows or checks them. Kept out of the view-scoped beans: held there, they would stay in the session for every
 * open view, and for an admin they are whole tables.
 */
@RequestScoped
public class EventChoices {

    /** As many agreements as the list's filter offers; beyond them the words of the search narrow the list. */
    private static final int FILTER_AGREEMENTS = 500;

    @Inject
    private EventService eventService;

    @Inject
    private AgreementService agreementService;

    @Inject
    private CurrentPerson currentPerson;

    private List<SelectItem> agreementsToFilter;
    private List<SelectItem> organisers;
    private List<SelectItem> agreementsToChoose;
    private Long agreementsToChooseFor;

    /** The agreements the viewer may see, to narrow the list of events by. */
    public List<SelectItem> agreementsToFilter() {
        if (agreementsToFilter == null) {
            agreementsToFilter = items(agreementService.list(currentPerson.viewer(), 0, FILTER_AGREEMENTS), Agreement::getId, Agreement::getTitle);
        }
        return agreementsToFilter;
    }

    /** The organisations an event of the viewer may be organised by. */
    public List<SelectItem> organisers() {
        if (organisers == null) {
            organisers = items(eventService.organisersFor(currentPerson.viewer()), Organisation::getId, Organisation::getName);
        }
        return organisers;
    }

    /** The agreements the viewer may choose for the event ({@code null}: a new one). */
    public List<SelectItem> agreementsToChoose(Long eventId) {
        if (agreementsToChoose == null || !Objects.equals(eventId, agreementsToChooseFor)) {
            agreementsToChoose = items(eventService.agreementsToChoose(currentPerson.viewer(), eventId), Agreement::getId, Agreement::getTitle);
            agreementsToChooseFor = eventId;
        }
        return agreementsToChoose;
    }

    private static <T> List<SelectItem> items(List<T> values, Function<T, Long> id, Function<T, String> label) {
        return values.stream().map(value -> new SelectItem(id.apply(value), label.apply(value))).toList();
    }
}
