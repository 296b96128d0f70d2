package vn.motcua.dossier.entity;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A dossier rule refused a change. It lives beside the entities because the jpa module cannot see
 * the ejb module's BusinessException; the dossier control layer turns it into one, keeping the
 * message key and arguments, so the person sees the same Vietnamese message either way.
 */
public class DossierRuleException extends IllegalStateException {

    private final String messageKey;
    private final Serializable[] arguments;

    public DossierRuleException(String messageKey, Serializable... arguments) {
        super(messageKey + " " + String.join(", ", Arrays.stream(arguments).map(String::valueOf).toList()));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Serializable[] getArguments() {
        return arguments.clone();
    }
}
