package org.clusterportal.figures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.figures.Scope;
import org.clusterportal.platform.faces.NotFoundException;
import org.omnifaces.cdi.Param;

/** organisations/figures.xhtml?id=…: an organisation's figures (a cluster's with its members) for its administrators and admins. */
@Named
@RequestScoped
public class OrganisationFiguresBacking extends FiguresView {

    @Inject
    @Param
    private Long id;

    @Override
    protected Scope scope() {
        if (id == null) {
            throw new NotFoundException("No organisation id");
        }
        return Scope.organisation(id);
    }

    public Long getId() {
        return id;
    }
}
