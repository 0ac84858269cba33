package org.clusterportal.admin.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.admin.PersonDetails;
import org.clusterportal.admin.RoleHoldings;
import org.clusterportal.admin.UserAdministration;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;

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

    @Inject
    private AuditLog auditLog;

    private String id;
    /** Whether the page was opened (its view action ran): from then on its id is the view's. */
    private boolean opened;
    private PersonDetails details;
    private RoleHoldings roles;
    private boolean rolesUnavailable;

    /** 404 for an account Keycloak does not know; Keycloak not answering is a message on the page. */
    public void load() {
        opened = true;
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

    /** The view's {@link ViewId}: a postback naming another account is refused here, before any action runs. */
    public void setId(String id) {
        String shown = this.id;
        this.id = ViewId.keep(opened, shown, id, () -> auditLog.refusal(currentPerson.viewer(),
                "Account " + id + " posted from the page of account " + shown));
    }

    public PersonDetails getDetails() {
        return details;
    }

    /**
     * The account's roles: read from Keycloak when the roles section asks for them, which it does once the page is
     * shown (a deferred panel), so that the page's first answer waits for one call to Keycloak, not three. Kept in
     * the view: the grant and revoke buttons' guards of a postback are the ones that were shown.
     */
    public RoleHoldings getRoles() {
        if (roles == null && !rolesUnavailable && details != null) {
            try {
                roles = userAdministration.roles(currentPerson.viewer(), id);
            }
            catch (BusinessException refusal) {
                rolesUnavailable = true;
            }
        }
        return roles;
    }

    public boolean isRolesUnavailable() {
        return rolesUnavailable;
    }

    /** Whether the account is the viewer's own: nobody disables themselves, as the service refuses it. */
    public boolean isSelf() {
        return details != null && details.getPerson() != null
                && details.getPerson().getId().equals(currentPerson.viewer().findPersonId().orElse(null));
    }
}
