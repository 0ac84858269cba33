package org.clusterportal.figures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.clusterportal.figures.Scope;

/** admin/figures.xhtml: the whole portal's figures, for admins (web.xml keeps /admin/ for them, the service checks again). */
@Named
@RequestScoped
public class PortalFiguresBacking extends FiguresView {

    @Override
    protected Scope scope() {
        return Scope.portal();
    }
}
