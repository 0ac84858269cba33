package org.clusterportal.agreements.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.agreements.AgreementService;
import org.clusterportal.agreements.AgreementStatus;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;

/** agreements/index.xhtml: the agreements this person may see, paged in the database. */
@Named
@ViewScoped
public class AgreementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
