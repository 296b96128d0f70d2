package vn.motcua.lookup.boundary;

import java.io.Serializable;

/**
 * The answer to a lookup. A wrong code and a wrong PIN are the same NOT_FOUND, so that nobody learns
 * whether a code exists; THROTTLED (this client) and LOCKED (this code) say when to try again.
 */
public record LookupAnswerDto(Outcome outcome, DossierStatusDto dossier, long retryAfterSeconds) implements Serializable {

    public enum Outcome {
        FOUND, NOT_FOUND, MALFORMED, THROTTLED, LOCKED;

        /** The message key shown to the citizen. */
        public String messageKey() {
            return "lookup.outcome." + name();
        }
    }

    static LookupAnswerDto only(Outcome outcome, long retryAfterSeconds) {
        return new LookupAnswerDto(outcome, null, retryAfterSeconds);
    }
}
