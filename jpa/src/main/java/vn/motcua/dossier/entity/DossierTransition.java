package vn.motcua.dossier.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One transition a dossier recorded, numbered by the dossier itself, waiting to be written to the
 * journal as a {@link DossierEvent} together with who did it. Times are kept to the millisecond so
 * that a hash computed now still matches after the database has stored and returned the instant.
 */
public record DossierTransition(int sequence, DossierAction action, DossierStatus from, DossierStatus to,
                                int step, String note, Instant at) {

    public DossierTransition {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }
}
