package org.clusterportal.proposals.web;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.agreements.Reach;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.faces.ViewId;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.proposals.ProjectProposal;
import org.clusterportal.proposals.ProposalForm;
import org.clusterportal.proposals.ProposalLifecycle;
import org.clusterportal.proposals.ProposalService;

/**
 * proposals/edit.xhtml[?id=…]: starts a proposal for one of the person's organisations, or changes one their
 * organisation leads. The form carries the version it showed: a change made meanwhile is not overwritten.
 * View-scoped for what the form showed (its lead and version) across its postback; it keeps the typed values
 * and the ids and names of its choices, never entities.
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
    private ProposalLifecycle lifecycle;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private AuditLog auditLog;

    private Long id;
    /** Whether the page was opened (its view action ran): from then on its id is the view's. */
    private boolean opened;
    private ProposalForm form = new ProposalForm();
    private List<SelectItem> leads = List.of();
    private List<SelectItem> agreements = List.of();

    /** A proposal to change must be one the person's organisation leads: anything else is 404. */
    public void load() {
        opened = true;
        Viewer viewer = currentPerson.viewer();
        List<Organisation> organisations;
        if (id != null) {
            ProjectProposal proposal = NotFoundException.unless(id,
                    found -> proposalService.find(viewer, found).filter(shown -> proposalService.canLead(viewer, shown)));
            form = ProposalForm.of(proposal);
            organisations = List.of(proposal.getLead());
        }
        else {
            organisations = proposalService.organisationsOf(viewer);
            if (organisations.size() == 1) {
                form.setLeadId(organisations.get(0).getId());
            }
        }
        leads = organisations.stream().map(lead -> new SelectItem(lead.getId(), lead.getName())).toList();
        agreements = proposalService.agreementsOf(organisations).stream()
                .map(agreement -> new SelectItem(agreement.getId(), agreement.getTitle())).toList();
    }

    public String save() {
        ProjectProposal saved;
        try {
            saved = id == null ? lifecycle.create(currentPerson.viewer(), form) : lifecycle.update(currentPerson.viewer(), id, form);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "proposalForm");
            return null;
        }
        Feedback.info("form.saved");
        return ProposalActions.viewPage(saved.getId());
    }

    public List<String> getZones() {
        if (form.getTimeZone() != null && !ZONES.contains(form.getTimeZone())) {
            return Stream.concat(ZONES.stream(), Stream.of(form.getTimeZone())).toList();
        }
        return ZONES;
    }

    public String zoneNow() {
        return ZoneId.systemDefault().getId();
    }

    /** The organisations it may be led by: the person's, or the one leading it already. */
    public List<SelectItem> getLeads() {
        return leads;
    }

    /** The agreements those organisations take part in: the audience it may have. */
    public List<SelectItem> getAgreements() {
        return agreements;
    }

    public Reach[] getReaches() {
        return Reach.values();
    }

    public Long getId() {
        return id;
    }

    /** The view's {@link ViewId}: a postback naming another proposal is refused here, before any action runs. */
    public void setId(Long id) {
        Long shown = this.id;
        this.id = ViewId.keep(opened, shown, id, () -> auditLog.refusal(currentPerson.viewer(),
                "Proposal " + id + " posted from the editor of proposal " + shown));
    }

    public ProposalForm getForm() {
        return form;
    }
}
