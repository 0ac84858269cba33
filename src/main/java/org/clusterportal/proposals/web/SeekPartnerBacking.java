package org.clusterportal.proposals.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.proposals.ConsortiumService;
import org.clusterportal.proposals.PartnerRole;
import org.omnifaces.cdi.Param;

/** The partner-search form of proposals/view.xhtml: the lead publishes the role it seeks. */
@Named
@RequestScoped
public class SeekPartnerBacking {

    @Inject
    private ConsortiumService consortium;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private PartnerRole role;
    private String competences;
    private List<Long> sectorIds = new ArrayList<>();
    private List<String> countries = new ArrayList<>();

    public String seek() {
        return ProposalActions.run(() -> consortium.seek(currentPerson.viewer(), id, role, competences, sectorIds, countries),
                "profileForm", "proposal.profile.added", ProposalActions.viewPage(id));
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public List<Long> getSectorIds() {
        return sectorIds;
    }

    public void setSectorIds(List<Long> sectorIds) {
        this.sectorIds = sectorIds == null ? new ArrayList<>() : new ArrayList<>(sectorIds);
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null ? new ArrayList<>() : new ArrayList<>(countries);
    }
}
