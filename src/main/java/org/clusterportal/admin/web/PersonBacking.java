package org.clusterportal.admin.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.admin.PersonDetails;
import org.clusterportal.admin.UserAdministration;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;

/**
 * admin/person.xhtml?id=… (the Keycloak account id): the account, its roles and the portal's data; grant and
 * revoke roles, disable or enable, end sessions. Each action is one service call, then the page again.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration userAdministration;

    @Inject
    private CurrentPerson currentPerson;

    private String id;
    private PersonDetails details;

    /** 404 for an account Keycloak does not know; Keycloak not answering is a message on the page. */
    public void load() {
        try {
            details = NotFoundException.unless(id, accountId -> userAdministration.find(currentPerson.viewer(), accountId));
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, null);
        }
    }

    public String grant(String role) {
        return act(() -> userAdministration.grant(currentPerson.viewer(), id, role), "admin.role.granted", role);
    }

    public String revoke(String role) {
        return act(() -> userAdministration.revoke(currentPerson.viewer(), id, role), "admin.role.revoked", role);
    }

    public String disable() {
        return act(() -> userAdministration.disable(currentPerson.viewer(), id), "admin.account.disabled");
    }

    public String enable() {
        return act(() -> userAdministration.enable(currentPerson.viewer(), id), "admin.account.enabled");
    }

    public String endSessions() {
        return act(() -> userAdministration.endSessions(currentPerson.viewer(), id), "admin.account.sessionsEnded");
    }

    private String act(Runnable action, String doneKey, Object... arguments) {
        try {
            action.run();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, null);
            return null;
        }
        Feedback.info(doneKey, arguments);
        return "/admin/person?faces-redirect=true&id=" + id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonDetails getDetails() {
        return details;
    }
}
