package vn.motcua.dossier.entity;

/** How the applicant chose to be told of their dossier's progress: not at all, by e-mail, by SMS or both. */
public enum NotifyChannel {
    NONE, EMAIL, SMS, BOTH;

    public boolean includesEmail() {
        return this == EMAIL || this == BOTH;
    }

    public boolean includesSms() {
        return this == SMS || this == BOTH;
    }
}
