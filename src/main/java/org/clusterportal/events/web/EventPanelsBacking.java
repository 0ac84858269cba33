package org.clusterportal.events.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.ParticipantList;
import org.clusterportal.events.Registration;
import org.clusterportal.events.RegistrationDesk;
import org.clusterportal.people.CurrentPerson;

/** The home page's panels: the person's next events and, for organisers, registrations waiting for approval. */
@Named
@RequestScoped
public class EventPanelsBacking {

    @Inject
    private RegistrationDesk desk;

    @Inject
    private ParticipantList participants;

    @Inject
    private CurrentPerson currentPerson;

    private List<Registration> next;
    private List<Registration> awaiting;

    public List<Registration> getNext() {
        if (next == null) {
            next = desk.myNextEvents(currentPerson.viewer(), 5);
        }
        return next;
    }

    public List<Registration> getAwaiting() {
        if (awaiting == null) {
            awaiting = currentPerson.isCoordinator() || currentPerson.isAdmin() ? participants.awaitingApproval(currentPerson.viewer(), 10) : List.of();
        }
        return awaiting;
    }
}
