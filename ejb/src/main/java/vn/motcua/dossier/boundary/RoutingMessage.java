package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Message on java:/jms/motcua/routing, JSON, format version 1 (JMS property "formatVersion"): the
 * workflow steps a hand-off opened. The dossier, the journal number of that hand-off and the step
 * identify each task, so a redelivered message finds its tasks already there.
 */
public record RoutingMessage(long dossierId, String dossierCode, int event, List<Integer> steps, String givenBy,
                             Instant at) {

    public static final int FORMAT_VERSION = 1;

    public RoutingMessage {
        steps = List.copyOf(steps);
    }
}
