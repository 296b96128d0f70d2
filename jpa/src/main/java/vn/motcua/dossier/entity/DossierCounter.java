package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The last dossier code number handed out at a desk on a day. It is raised only by the control
 * layer's single UPDATE under the row lock, never in memory, so that two server nodes share it
 * and a rolled-back reception gives its number back (codes stay gap-free, Circular 01/2018 Art. 19).
 */
@Entity
@Table(name = "dossier_counter")
@IdClass(DossierCounter.Key.class)
public class DossierCounter {

    /** The composite key JPA needs for (agency code, day). */
    public static class Key implements Serializable {
        private String agencyCode;
        private LocalDate day;

        public Key() {
        }

        public Key(String agencyCode, LocalDate day) {
            this.agencyCode = agencyCode;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(agencyCode, that.agencyCode)
                    && Objects.equals(day, that.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, day);
        }
    }

    @Id
    @Column(name = "agency_code", length = 40)
    private String agencyCode;

    @Id
    @Column(name = "counter_day")
    private LocalDate day;

    @Column(name = "last_number", nullable = false, insertable = false, updatable = false)
    private int lastNumber;

    protected DossierCounter() {
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
