package org.clusterportal.proposals.web;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;

/**
 * What every form of the proposal pages does with its one service call: a refusal is shown next to its field
 * (or at the top), a success is said once and followed by a redirect to the page, so a reload repeats nothing.
 */
final class ProposalActions {

    private ProposalActions() {
    }

    /** Runs the action; the outcome to redirect to, or {@code null} to show the form again with the refusal. */
    static String run(Runnable action, String formId, String message, String outcome) {
        try {
            action.run();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info(message);
        return outcome;
    }

    static String viewPage(Long id) {
        return "/proposals/view?faces-redirect=true&id=" + id;
    }

    static String workspacePage(Long id) {
        return "/proposals/workspace?faces-redirect=true&id=" + id;
    }
}
