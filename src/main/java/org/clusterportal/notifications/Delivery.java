package org.clusterportal.notifications;

import java.util.EnumSet;
import java.util.Set;

/** How a person hears about one kind of notice. Every kind always appears in the portal too. */
public enum Delivery {
    IMMEDIATELY,
    DAILY_DIGEST,
    WEEKLY_DIGEST,
    PORTAL_ONLY;

    /**
     * Kinds that come often and rarely need an answer the same hour: they start in the daily digest, so that
     * nobody is flooded from the first day (HumHub's and Open Social's users' first complaint).
     */
    private static final Set<NoticeKind> DAILY_BY_DEFAULT = EnumSet.of(NoticeKind.COMMENT_ADDED,
            NoticeKind.DOCUMENT_VERSION_ADDED, NoticeKind.OFFER_EXPIRING, NoticeKind.OUTCOME_FOLLOW_UP,
            NoticeKind.CHECKLIST_ITEM_DUE, NoticeKind.EVENT_CHANGED);

    public static Delivery defaultFor(NoticeKind kind) {
        return DAILY_BY_DEFAULT.contains(kind) ? DAILY_DIGEST : IMMEDIATELY;
    }

    public boolean isDigest() {
        return this == DAILY_DIGEST || this == WEEKLY_DIGEST;
    }
}
