package org.clusterportal.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/** What the error pages say: which role a refused page needs, and the incident number logged with an error. */
@Named
@RequestScoped
public class ErrorBacking {

    @Inject
    private HttpServletRequest request;

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
