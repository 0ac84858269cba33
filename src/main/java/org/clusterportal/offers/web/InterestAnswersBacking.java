package org.clusterportal.offers.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.ExpressionOfInterest;
import org.clusterportal.offers.InterestService;
import org.clusterportal.offers.InterestState;
import org.clusterportal.people.CurrentPerson;

/**
 * offers/view.xhtml, form {@code interestsForm}: the owner's side moves each interest received on, with notes.
 * View-scoped, as it keeps the version of each interest as shown, so that a change made meanwhile by another
 * person of the owner is reported rather than overwritten; created by the first render of the form.
 */
@Named
@ViewScoped
public class InterestAnswersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterestService interestService;

    @Inject
    private ViewOfferBacking page;

    @Inject
    private CurrentPerson currentPerson;

    private final Map<Long, InterestState> nextStates = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, Long> versionsShown = new HashMap<>();

    @PostConstruct
    void showing() {
        for (ExpressionOfInterest interest : page.getInterests()) {
            notes.put(interest.getId(), interest.getNotes());
            versionsShown.put(interest.getId(), interest.getVersion());
        }
    }

    public String move(Long interestId) {
        InterestState next = nextStates.get(interestId);
        if (next == null) {
            return null;
        }
        return ViewOfferBacking.act(page.getId(), () -> interestService.moveInterest(currentPerson.viewer(), interestId, next,
                notes.get(interestId), versionsShown.get(interestId)), "interest.moved", "interestsForm");
    }

    /** The states the owner may move this interest to. */
    public List<InterestState> nextStatesOf(ExpressionOfInterest interest) {
        return Arrays.stream(InterestState.values()).filter(interest.getState()::canMoveTo).toList();
    }

    public Map<Long, InterestState> getNextStates() {
        return nextStates;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
