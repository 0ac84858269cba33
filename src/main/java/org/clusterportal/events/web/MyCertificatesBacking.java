package org.clusterportal.events.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.Certificate;
import org.clusterportal.events.CertificateService;
import org.clusterportal.people.CurrentPerson;

/** The signed-in person's certificates of attendance, on their profile (people/profile.xhtml includes it). */
@Named
@RequestScoped
public class MyCertificatesBacking {

    @Inject
    private CertificateService certificates;

    @Inject
    private CurrentPerson currentPerson;

    private List<Certificate> all;

    public List<Certificate> getAll() {
        if (all == null) {
            all = certificates.mine(currentPerson.viewer());
        }
        return all;
    }
}
