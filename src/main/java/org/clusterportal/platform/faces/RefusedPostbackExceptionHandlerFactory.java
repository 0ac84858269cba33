package org.clusterportal.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link RefusedPostbackExceptionHandler} around the other exception handlers (faces-config.xml). */
public class RefusedPostbackExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusedPostbackExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusedPostbackExceptionHandler(getWrapped().getExceptionHandler());
    }
}
