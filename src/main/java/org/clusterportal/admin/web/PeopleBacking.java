package org.clusterportal.admin.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.Person;
import org.clusterportal.people.PersonService;
import org.clusterportal.platform.faces.PagedList;

/** admin/people.xhtml: everyone who has logged in, paged in the database. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonService personService;

    private PagedList<Person> people;

    @PostConstruct
    void init() {
        people = new PagedList<>(personService::count, personService::list);
    }

    public PagedList<Person> getPeople() {
        return people;
    }
}
