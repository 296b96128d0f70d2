package vn.motcua.queue.boundary;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.control.AgencyScope;
import vn.motcua.agency.entity.Counter;
import vn.motcua.identity.entity.Role;
import vn.motcua.queue.entity.Seat;

/** The checks every console action starts with: the counter exists, is the caller's desk's, and they sit at it. */
final class CounterSeats {

    private final EntityManager em;
    private final String officer;

    CounterSeats(EntityManager em, String officer) {
        this.em = em;
        this.officer = officer;
    }

    Counter counterInScope(long counterId) {
        Counter counter = em.find(Counter.class, counterId);
        if (counter == null || !counter.isActive() || !AgencyScope.of(em, officer, Role.RECEPTION).covers(counter.getDesk())) {
            throw new QueueException("queue.counter.unknown");
        }
        return counter;
    }

    /** The caller's seat at this counter, or NotSeated: an officer acts only from the counter they sit at. */
    Seat seatAt(Counter counter) {
        Seat seat = em.find(Seat.class, counter.getId());
        if (seat == null || !seat.getOfficer().equals(officer)) {
            throw new QueueException.NotSeated(counter.getNumber());
        }
        return seat;
    }
}
