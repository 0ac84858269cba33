package org.clusterportal.agreements.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.OrganisationFilter;
import org.clusterportal.organisations.OrganisationMap;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.RenderedValue;
import org.omnifaces.cdi.Param;

/**
 * The map on agreements/view.xhtml: the agreement's signatories and their members, where they are. The directory
 * filter by agreement asks the one rule of who may see the agreement, so an agreement the viewer may not see has
 * nobody on its map (its page is not found anyway).
 */
@Named
@RequestScoped
public class AgreementMapBacking {

    @Inject
    @Param
    private Long id;

    @Inject
    private OrganisationMap organisationMap;

    @Inject
    private CurrentPerson currentPerson;

    private final RenderedValue<OrganisationMap.Result> map = new RenderedValue<>(() -> {
        OrganisationFilter filter = new OrganisationFilter();
        filter.setAgreementId(id);
        return organisationMap.places(currentPerson.viewer(), filter);
    }, OrganisationMap.Result.NONE);

    public OrganisationMap.Result getMap() {
        return map.get();
    }
}
