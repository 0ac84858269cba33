package org.clusterportal.admin.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.admin.Invitation;
import org.clusterportal.admin.PersonRow;
import org.clusterportal.admin.UserAdministration;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/people.xhtml: every Keycloak account, searched and paged in Keycloak, with the portal's data beside it;
 * and the invitation of a new person. When Keycloak does not answer, the page says so instead of a list.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration userAdministration;

    @Inject
    private CurrentPerson currentPerson;

    private final People people = new People();
    private String words;
    private boolean unavailable;
    private String email;
    private String firstName;
    private String lastName;

    /** Creates the account, then shows the person's page; says when the e-mail could not be sent. */
    public String invite() {
        Invitation invitation;
        try {
            invitation = userAdministration.invite(currentPerson.viewer(), email, firstName, lastName);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "inviteForm");
            return null;
        }
        if (invitation.emailSent()) {
            Feedback.info("admin.invite.sent", email);
        }
        else {
            Feedback.warn("admin.invite.emailFailed", email);
        }
        return "/admin/person?faces-redirect=true&id=" + invitation.accountId();
    }

    /** The rows, a page at a time from Keycloak (search and paging there), three portal queries a page. */
    private class People extends LazyDataModel<PersonRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                unavailable = false;
                return userAdministration.count(currentPerson.viewer(), words);
            }
            catch (BusinessException refusal) {
                unavailable = true;
                return 0;
            }
        }

        @Override
        public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (unavailable) {
                return List.of();
            }
            try {
                return userAdministration.list(currentPerson.viewer(), words, first, pageSize);
            }
            catch (BusinessException refusal) {
                unavailable = true;
                return List.of();
            }
        }

        @Override
        public String getRowKey(PersonRow row) {
            return row.getAccount().getId();
        }
    }

    public LazyDataModel<PersonRow> getPeople() {
        return people;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
