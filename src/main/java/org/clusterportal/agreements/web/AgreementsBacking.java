package org.clusterportal.agreements.web;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.AgreementStatus;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;

/**
 * agreements/index.xhtml: the agreements this person may see, paged in the database. Request-scoped, so a
 * visitor's list opens no session (web.xml lists the page as stateless for visitors): a page asked for is
 * counted and loaded again.
 */
@Named
@RequestScoped
public class AgreementsBacking {

    @Inject
    private AgreementService agreementService;

    @Inject
    private CurrentPerson currentPerson;

    private PagedList<Agreement> agreements;
    private boolean manager;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        agreements = new PagedList<>(() -> agreementService.count(viewer),
                (first, pageSize) -> agreementService.list(viewer, first, pageSize));
        manager = agreementService.canManage(viewer);
    }

    public AgreementStatus status(Agreement agreement) {
        return agreement.statusOn(LocalDate.now());
    }

    public PagedList<Agreement> getAgreements() {
        return agreements;
    }

    public boolean isManager() {
        return manager;
    }
}
