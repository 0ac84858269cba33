package org.clusterportal.offers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;

/** Keeps the notices fired in the test deployment, so tests can ask who was told what about their offer. */
@ApplicationScoped
public class NoticeRecorder {

    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    void on(@Observes Notice notice) {
        notices.add(notice);
    }

    /** The notices of that kind about the offer. */
    public List<Notice> about(long offerId, NoticeKind kind) {
        return notices.stream().filter(notice -> notice.subject().id() == offerId && notice.kind() == kind).toList();
    }
}
