package org.clusterportal.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.proposals.ConsortiumMessages;
import org.omnifaces.cdi.Param;

/** The message form of proposals/workspace.xhtml: a message to all the consortium's people. */
@Named
@RequestScoped
public class ConsortiumMessageBacking {

    @Inject
    private ConsortiumMessages consortiumMessages;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private String message;

    public String send() {
        return ProposalActions.run(() -> consortiumMessages.send(currentPerson.viewer(), id, message), "messageForm",
                "proposal.message.sent", ProposalActions.workspacePage(id));
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
