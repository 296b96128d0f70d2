package vn.motcua.queue.control;

import jakarta.persistence.EntityManager;

/**
 * The reception's hook into the queue: the ticket an officer is serving when they receive a dossier
 * names that dossier, so the statistics and a later return ticket can follow it. One UPDATE, no lock
 * on anything else; an officer serving no ticket changes nothing.
 */
public final class ServedTickets {

    private ServedTickets() {
    }

    public static void linkDossier(EntityManager em, String officer, String dossierCode) {
        em.createNativeQuery("UPDATE queue_ticket SET dossier_code = ?1, version = version + 1"
                        + " WHERE officer = ?2 AND status = 'SERVING' AND dossier_code IS NULL")
                .setParameter(1, dossierCode).setParameter(2, officer).executeUpdate();
    }
}
