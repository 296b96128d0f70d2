package vn.motcua.queue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The officer seated at a counter: only they call tickets to it, and they may pause it for a break. */
@Entity
@Table(name = "queue_seat")
@NamedQuery(name = "Seat.findByOfficer", query = "SELECT s FROM Seat s WHERE s.officer = :officer")
public class Seat {

    @Id
    @Column(name = "counter_id")
    private Long counterId;

    @Column(nullable = false, length = 100)
    private String officer;

    @Column(name = "seated_at", nullable = false)
    private Instant seatedAt;

    @Column(nullable = false)
    private boolean paused;

    @Version
    private long version;

    protected Seat() {
    }

    public Seat(long counterId, String officer, Instant at) {
        this.counterId = counterId;
        this.officer = officer;
        this.seatedAt = at;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public Long getCounterId() {
        return counterId;
    }

    public String getOfficer() {
        return officer;
    }

    public Instant getSeatedAt() {
        return seatedAt;
    }

    public boolean isPaused() {
        return paused;
    }
}
