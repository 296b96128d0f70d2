package vn.motcua.dossier.control;

import vn.motcua.dossier.entity.DossierRuleException;
import vn.motcua.shared.boundary.BusinessException;

import java.io.Serializable;

/** A dossier or applicant rule was not met; the message key names which, for the Vietnamese text. */
public class DossierException extends BusinessException {

    public DossierException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    /** The entity's refusal, with the same key and arguments, so the transaction rolls back. */
    public static DossierException of(DossierRuleException refusal) {
        return new DossierException(refusal.getMessageKey(), refusal.getArguments());
    }
}
