package org.clusterportal.organisations;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterportal.people.CurrentPerson;

/** The signed-in person's memberships of every status, read at most once per request (header, home page, profile). */
@Named
@RequestScoped
public class MyMemberships {

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private MembershipService membershipService;

    private List<Membership> all;

    public List<Membership> getAll() {
        if (all == null) {
            all = currentPerson.findId().map(membershipService::ofPerson).orElse(List.of());
        }
        return all;
    }

    public List<String> getApprovedNames() {
        return getAll().stream().filter(Membership::isApproved).map(membership -> membership.getOrganisation().getName()).toList();
    }

    public List<Membership> getRequested() {
        return getAll().stream().filter(Membership::isRequested).toList();
    }

    /** One of the own administrators of some organisation: they decide its requests to join. */
    public boolean isAdministrator() {
        return getAll().stream().anyMatch(Membership::isAdministrator);
    }

    /** A signed-in person who belongs to no organisation yet is guided to find or propose theirs. */
    public boolean isWithoutOrganisation() {
        return currentPerson.isLoggedIn() && getApprovedNames().isEmpty();
    }
}
