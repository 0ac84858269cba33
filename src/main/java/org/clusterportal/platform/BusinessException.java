package org.clusterportal.platform;

import java.util.Optional;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no: the transaction rolls back and the page shows the message (a resource-bundle
 * key) next to the field it concerns, or at the top of the page when it concerns none.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** A refusal that concerns one field of the form, named as in the page ({@code "name"}, {@code "validTo"}). */
    public static BusinessException onField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    public String getMessageKey() {
        return getMessage();
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
