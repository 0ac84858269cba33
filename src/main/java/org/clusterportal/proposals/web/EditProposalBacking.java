package org.clusterportal.proposals.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Reach;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalForm;
import org.clusterportal.proposals.ProposalService;
import org.omnifaces.util.Faces;

/**
 * proposals/edit.xhtml[?id=…]: starts a proposal for one of the person's organisations, or changes one their
 * organisation leads. The form carries the version it showed: a change made meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class EditProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zones calls state their deadlines in, most common first; any other IANA zone may be typed. */
    private static final List<String> ZONES = List.of("Europe/Brussels", "Europe/Warsaw", "Europe/Berlin", "Europe/Paris",
            "Europe/London", "Europe/Vilnius", "Europe/Riga", "Europe/Sofia", "Europe/Bucharest", "Europe/Budapest",
            "Europe/Madrid", "UTC");

    @Inject
    private ProposalService proposalService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private ProposalForm form = new ProposalForm();
    private List<Organisation> leads = List.of();
    private List<Agreement> agreements = List.of();

    public void load() throws IOException {
        if (id != null) {
            Optional<ProjectProposal> found = proposalService.find(currentPerson.viewer(), id)
                    .filter(proposal -> proposalService.canLead(currentPerson.viewer(), proposal));
            if (found.isEmpty()) {
                Faces.responseSendError(404, "");
                return;
            }
            ProjectProposal proposal = found.get();
            form = ProposalForm.of(proposal);
            leads = List.of(proposal.getLead());
        }
        else {
            leads = proposalService.organisationsOf(currentPerson.viewer());
            if (leads.size() == 1) {
                form.setLeadId(leads.get(0).getId());
            }
        }
        agreements = proposalService.agreementsOf(leads);
    }

    public String save() {
        ProjectProposal saved;
        try {
            saved = id == null ? proposalService.create(currentPerson.viewer(), form)
                    : proposalService.update(currentPerson.viewer(), id, form);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "proposalForm");
            return null;
        }
        Feedback.info("form.saved");
        return "/proposals/view?faces-redirect=true&id=" + saved.getId();
    }

    public List<String> getZones() {
        if (form.getTimeZone() != null && !ZONES.contains(form.getTimeZone())) {
            return java.util.stream.Stream.concat(ZONES.stream(), java.util.stream.Stream.of(form.getTimeZone())).toList();
        }
        return ZONES;
    }

    public String zoneNow() {
        return ZoneId.systemDefault().getId();
    }

    public List<Organisation> getLeads() {
        return leads;
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }

    public Reach[] getReaches() {
        return Reach.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProposalForm getForm() {
        return form;
    }
}
