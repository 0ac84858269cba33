package org.clusterportal.people.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.organisations.Membership;
import org.clusterportal.organisations.MembershipService;
import org.clusterportal.people.Person;
import org.clusterportal.people.PersonService;
import org.clusterportal.people.WorkingLanguages;
import org.clusterportal.platform.faces.NotFoundException;

/** people/view.xhtml?id=…: a person's profile for signed-in people; e-mail and phone only as the person allows. */
@Named
@RequestScoped
public class ViewPersonBacking {

    @Inject
    private PersonService personService;

    @Inject
    private MembershipService membershipService;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Person person;
    private List<Membership> memberships;
    private boolean contactVisible;

    public void load() {
        person = NotFoundException.unless(id, personId -> personService.find(currentPerson.viewer(), personId));
        memberships = membershipService.ofPerson(id).stream().filter(Membership::isApproved).toList();
        contactVisible = accessPolicy.canContact(currentPerson.viewer(), person);
    }

    public String languageName(String code) {
        return WorkingLanguages.name(code, currentPerson.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public boolean isContactVisible() {
        return contactVisible;
    }
}
