package org.clusterportal.proposals;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.Viewer;

/** A message of a consortium member to all the others, heard as a notification (by e-mail if they chose so). */
@Stateless
public class ConsortiumMessages {

    private static final int MESSAGE_LENGTH = 2000;

    @Inject
    private ProposalService proposals;

    @Inject
    private ProposalNotices notices;

    public void send(@NotNull Viewer viewer, @NotNull Long id, String text) {
        ProjectProposal proposal = proposals.getWorkspace(viewer, id);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            throw BusinessException.onField("message", "proposal.message.required");
        }
        if (message.length() > MESSAGE_LENGTH) {
            throw BusinessException.onField("message", "form.tooLong", MESSAGE_LENGTH);
        }
        notices.tell(NoticeKind.CONSORTIUM_MESSAGE, notices.consortiumOf(proposal), proposal, viewer, message);
    }
}
