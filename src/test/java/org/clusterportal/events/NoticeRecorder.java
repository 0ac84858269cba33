package org.clusterportal.events;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.clusterportal.notifications.Notice;

/** Keeps the notices of committed changes, for tests that check who was told what. */
@ApplicationScoped
public class NoticeRecorder {

    private final ConcurrentLinkedQueue<Notice> notices = new ConcurrentLinkedQueue<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        notices.add(notice);
    }

    public List<Notice> about(long eventId) {
        return notices.stream().filter(notice -> notice.subject().id() == eventId).toList();
    }
}
