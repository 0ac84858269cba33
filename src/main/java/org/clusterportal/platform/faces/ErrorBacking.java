package org.clusterportal.platform.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.CurrentViewer;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.util.Exceptions;

/** What the error pages say: which role a refused page needs, and the incident number logged with an error. */
@Named
@RequestScoped
public class ErrorBacking {

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentViewer currentViewer;

    @Inject
    private AuditLog auditLog;

    /**
     * A refusal found by a service (an id typed or replayed) is a 403 like one found by the container. Every
     * refusal, by a role on a URL or by the access rule, passes here on its way to the 403 page, and is written to
     * the audit log here unless the service that refused it wrote it already ({@link AccessDeniedException#isAudited}):
     * once either way.
     */
    @PostConstruct
    void statusOfRefusal() {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error
                && Exceptions.is(error, NotFoundException.class)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean refusedByRule = isRefusedByRule();
        if (refusedByRule) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        if (refusedByRule || Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String detail = request.getMethod() + " " + (uri == null ? request.getRequestURI() : uri)
                    + (refusedByRule ? ": " + refusal() : "");
            if (!alreadyAudited((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
                auditLog.recordRefusal(currentViewer.viewer(), detail);
            }
        }
    }

    /** Whether the refusal among the causes was written to the audit log where it was refused. */
    static boolean alreadyAudited(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        return cause instanceof AccessDeniedException refusal && refusal.isAudited();
    }

    /** What the service refused ("Agreement 12"), from the AccessDeniedException among the causes. */
    private String refusal() {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        while (error != null && !(error instanceof AccessDeniedException)) {
            error = error.getCause();
        }
        return error == null ? "" : error.getMessage();
    }

    /** Whether the page shows a subject that is not there (or not visible): always true on the 404 page. */
    public boolean isNotFound() {
        return true;
    }

    /** Refused by the access rule on a thing (another's id), rather than by a role on a whole URL. */
    public boolean isRefusedByRule() {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error
                && Exceptions.is(error, AccessDeniedException.class);
    }

    /** The bundle key of the role the refused page needs; web.xml constrains {@code /admin/*} to admins. */
    public String getRequiredRoleKey() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean admin = uri != null && uri.toString().startsWith(request.getContextPath() + "/admin/");
        return admin ? "error.role.admin" : "error.role.member";
    }

    /** The id under which OmniFaces logged the exception, for the person to quote; never the stack trace. */
    public String getIncident() {
        Object uuid = request.getAttribute(FullAjaxExceptionHandler.EXCEPTION_UUID);
        return uuid == null ? null : uuid.toString();
    }
}
