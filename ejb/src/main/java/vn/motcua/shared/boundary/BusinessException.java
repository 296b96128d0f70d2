package vn.motcua.shared.boundary;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;

/**
 * A rule of the office was not met. Carries a resource-bundle key (and its arguments) so that the
 * web tier shows one clear Vietnamese message; the transaction is rolled back, nothing is stored.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final Serializable[] arguments;

    public BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
