package org.clusterportal.testing;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL statements EclipseLink sends while a piece of a test runs, on the test's own thread only (the
 * portal's timers run meanwhile). Deployed with the test only.
 */
public final class Statements {

    private Statements() {
    }

    public static int during(EntityManager entityManager, Runnable work) {
        ServerSession server = entityManager.unwrap(JpaEntityManager.class).getServerSession();
        Thread thread = Thread.currentThread();
        AtomicInteger count = new AtomicInteger();
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == thread) {
                    count.incrementAndGet();
                }
            }
        };
        server.getEventManager().addListener(listener);
        try {
            work.run();
        }
        finally {
            server.getEventManager().removeListener(listener);
        }
        return count.get();
    }
}
