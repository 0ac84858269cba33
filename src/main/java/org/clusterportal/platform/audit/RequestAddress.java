package org.clusterportal.platform.audit;

import java.util.Optional;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The address of the request this thread is serving, for the audit log. Kept by a listener rather than read
 * from an injected request, so that the log also works where no request exists (timers, tests) and says so.
 */
@WebListener
public class RequestAddress implements ServletRequestListener {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        CURRENT.set(event.getServletRequest().getRemoteAddr());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CURRENT.remove();
    }

    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
