package vn.motcua.it.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.identity.control.PasswordHasher;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.Role;
import vn.motcua.queue.entity.ServiceGroup;
import vn.motcua.queue.entity.Ticket;

import java.time.LocalTime;
import java.util.List;

/** Sets the queue up for in-container tests (hours, caps, a second reception officer) and reads it back. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class QueueProbe {

    public static final String DESK = "000.01.19.H21";

    @PersistenceContext
    private EntityManager em;

    /** Every group of the demo desk issues all day with room for the tests' numbers (they may run at night). */
    public void openAllDay() {
        groups().forEach(g -> g.schedule(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), 999));
    }

    public void schedule(String prefix, LocalTime opens, LocalTime closes, int cap) {
        groups().stream().filter(g -> g.getPrefix().equals(prefix)).forEach(g -> g.schedule(opens, closes, cap));
    }

    /** A second RECEPTION officer at the demo desk (password MotCua@2026), made once. */
    public void receptionOfficer(String username) {
        if (!em.createQuery("SELECT o FROM Officer o WHERE o.username = :u", Officer.class).setParameter("u", username)
                .getResultList().isEmpty()) {
            return;
        }
        Agency desk = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", DESK).getSingleResult();
        Officer officer = new Officer(username, "Cán bộ tiếp nhận thử nghiệm", desk,
                new PasswordHasher().hash("MotCua@2026".toCharArray()));
        officer.grant(Role.RECEPTION, desk);
        em.persist(officer);
    }

    /** Everyone leaves their counter (between tests). */
    public void clearSeats() {
        em.createQuery("DELETE FROM Seat s").executeUpdate();
    }

    /** Nobody waits at the demo desk: earlier tests' tickets are closed so a test sees only its own. */
    public void clearWaiting() {
        em.createNativeQuery("UPDATE queue_ticket SET status = 'NO_SHOW' WHERE status IN ('ISSUED', 'CALLED', 'SERVING')")
                .executeUpdate();
    }

    /** The tickets of a demo desk's group still waiting, whatever their day. */
    public long waitingCount(String prefix) {
        return em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.group.prefix = :prefix AND t.group.desk.code = :desk"
                + " AND t.status = vn.motcua.queue.entity.TicketStatus.ISSUED", Long.class)
                .setParameter("prefix", prefix).setParameter("desk", DESK).getSingleResult();
    }

    public Ticket ticket(long id) {
        return em.find(Ticket.class, id);
    }

    public long counterId(int number) {
        return ((Number) em.createNativeQuery("SELECT c.id FROM desk_counter c JOIN agency a ON a.id = c.desk_id"
                + " WHERE a.code = ?1 AND c.number = ?2").setParameter(1, DESK).setParameter(2, number).getSingleResult()).longValue();
    }

    /** Numbers given twice in a group on a day (should be none). */
    public long duplicates() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT group_id, ticket_day, number FROM queue_ticket"
                + " GROUP BY group_id, ticket_day, number HAVING COUNT(*) > 1) d").getSingleResult()).longValue();
    }

    private List<ServiceGroup> groups() {
        return em.createNamedQuery("ServiceGroup.findByDesk", ServiceGroup.class).setParameter("desk", DESK).getResultList();
    }
}
