package vn.motcua.exchange.control;

import java.util.OptionalLong;

/**
 * The order of a department's updates about one dossier: only an update with a sequence above the last
 * one applied changes the dossier. A lower or equal sequence arrived late (overtaken by a newer update,
 * for example after a redelivery) and is recorded as stale, never applied over the newer state.
 */
public final class UpdateOrder {

    public enum Verdict { APPLY, STALE }

    private UpdateOrder() {
    }

    public static Verdict of(long sequence, OptionalLong lastApplied) {
        return lastApplied.isPresent() && sequence <= lastApplied.getAsLong() ? Verdict.STALE : Verdict.APPLY;
    }
}
