package vn.motcua.dossier.control;

import vn.motcua.catalog.entity.StepAction;
import vn.motcua.dossier.entity.DossierAction;

/** The dossier transition a workflow action performs, so a screen offers only what the status allows. */
public final class StepActionRules {

    private StepActionRules() {
    }

    public static DossierAction of(StepAction action) {
        return switch (action) {
            case FORWARD, SUBMIT_FOR_APPROVAL -> DossierAction.FORWARD;
            case RETURN -> DossierAction.RETURN_TO_STEP;
            case REQUEST_SUPPLEMENT -> DossierAction.REQUEST_SUPPLEMENT;
            case APPROVE -> DossierAction.APPROVE;
            case REFUSE -> DossierAction.REFUSE;
        };
    }
}
