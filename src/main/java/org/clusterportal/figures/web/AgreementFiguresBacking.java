package org.clusterportal.figures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.figures.Scope;
import org.clusterportal.platform.faces.NotFoundException;
import org.omnifaces.cdi.Param;

/** agreements/figures.xhtml?id=…: an agreement's figures for its coordinators and admins, the public summary of a public one for anyone. */
@Named
@RequestScoped
public class AgreementFiguresBacking extends FiguresView {

    @Inject
    @Param
    private Long id;

    @Override
    protected Scope scope() {
        if (id == null) {
            throw new NotFoundException("No agreement id");
        }
        return Scope.agreement(id);
    }

    public Long getId() {
        return id;
    }
}
