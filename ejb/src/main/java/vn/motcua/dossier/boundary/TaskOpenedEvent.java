package vn.motcua.dossier.boundary;

import vn.motcua.dossier.entity.DossierTask;

/**
 * Fired (synchronously, in the routing delivery's transaction) when a hand-off opened a department's
 * task, so that what else the hand-off causes — a forward to the department's own system — commits or
 * rolls back with the task.
 */
public record TaskOpenedEvent(DossierTask task) {
}
