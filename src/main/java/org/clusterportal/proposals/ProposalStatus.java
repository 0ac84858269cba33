package org.clusterportal.proposals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a proposal is: idea → consortium building → in preparation → submitted → funded or rejected; withdrawn
 * from any open status. Funded, rejected and withdrawn are final: the outcome is kept.
 */
public enum ProposalStatus {
    IDEA,
    CONSORTIUM_BUILDING,
    IN_PREPARATION,
    SUBMITTED,
    FUNDED,
    REJECTED,
    WITHDRAWN;

    /** The statuses it may move to next (the entity checks the further rules of each). */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case IDEA -> EnumSet.of(CONSORTIUM_BUILDING, IN_PREPARATION, WITHDRAWN);
            case CONSORTIUM_BUILDING -> EnumSet.of(IDEA, IN_PREPARATION, WITHDRAWN);
            case IN_PREPARATION -> EnumSet.of(CONSORTIUM_BUILDING, SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(FUNDED, REJECTED, WITHDRAWN);
            case FUNDED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    /** Still being prepared: the consortium may change and the deadline reminders run. */
    public boolean isOpen() {
        return this == IDEA || this == CONSORTIUM_BUILDING || this == IN_PREPARATION;
    }

    /** The open statuses, for the queries that ask {@code status in :open}. */
    public static List<ProposalStatus> open() {
        return Arrays.stream(values()).filter(ProposalStatus::isOpen).toList();
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
