package org.clusterportal.proposals;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.clusterportal.notifications.Notice;

/** Keeps every notice fired in the server, for tests that check who is told what (deployed with the test only). */
@ApplicationScoped
public class NoticeRecorder {

    private final List<Notice> notices = new ArrayList<>();

    void record(@Observes Notice notice) {
        synchronized (notices) {
            notices.add(notice);
        }
    }

    /** The notices about one subject, in the order they were fired. */
    public List<Notice> about(long subjectId) {
        synchronized (notices) {
            return notices.stream().filter(notice -> notice.subject().id() == subjectId).toList();
        }
    }
}
