package org.clusterportal.proposals.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.proposals.ConsortiumService;
import org.clusterportal.proposals.ProjectProposal;
import org.omnifaces.cdi.Param;

/**
 * The consortium table and the invitation answers of proposals/view.xhtml: the lead accepts or declines
 * requests and sets the budget shares; an invited organisation's people accept or decline.
 */
@Named
@RequestScoped
public class ConsortiumBacking {

    @Inject
    private ConsortiumService consortium;

    @Inject
    private ViewProposalBacking page;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private Long id;

    private Map<Long, BigDecimal> shares;

    public String decide(Long partnerId, boolean accept) {
        return ProposalActions.run(() -> consortium.decide(currentPerson.viewer(), partnerId, accept), "consortiumForm",
                accept ? "proposal.partner.accepted" : "proposal.partner.declined", ProposalActions.viewPage(id));
    }

    public String saveShare(Long partnerId) {
        try {
            consortium.changeShare(currentPerson.viewer(), partnerId, getShares().get(partnerId));
        }
        catch (BusinessException refusal) {
            // The share's field is one row of a table: the refusal is shown at the top of the page.
            Feedback.show(new BusinessException(refusal.getMessageKey(), refusal.getArguments()), "consortiumForm");
            return null;
        }
        Feedback.info("form.saved");
        return ProposalActions.viewPage(id);
    }

    /** The accepted partners' shares as the table shows and submits them, by partner id. */
    public Map<Long, BigDecimal> getShares() {
        if (shares == null) {
            shares = new HashMap<>();
            ProjectProposal proposal = page.getProposal();
            if (proposal != null) {
                proposal.acceptedPartners().forEach(partner -> shares.put(partner.getId(), partner.getBudgetShare()));
            }
        }
        return shares;
    }
}
