package org.clusterportal.platform.faces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Exceptions;
import org.primefaces.csp.CspException;

/**
 * A postback whose PrimeFaces CSP nonce is missing or wrong was not sent by the page it claims to come from
 * (forged, or put together by hand): the client's error, answered 400 with one line in the log, not a 500 with a
 * stack trace and an error page that would invite a report. Other exceptions go on to the handlers it wraps.
 */
public class RefusedPostbackExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusedPostbackExceptionHandler.class.getName());

    public RefusedPostbackExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        boolean refused = false;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            if (Exceptions.is(events.next().getContext().getException(), CspException.class)) {
                events.remove();
                refused = true;
            }
        }
        if (refused) {
            refuse(FacesContext.getCurrentInstance());
        }
        super.handle();
    }

    private static void refuse(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.warning(() -> "Refused a postback to " + request.getRequestURI() + " from " + request.getRemoteAddr()
                + ": its CSP nonce is missing or wrong");
        if (!external.isResponseCommitted()) {
            external.responseReset();
            try {
                external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.responseComplete();
    }
}
