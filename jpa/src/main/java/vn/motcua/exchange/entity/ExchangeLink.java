package vn.motcua.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * An agency whose own software takes its steps of dossiers over JMS. Only a connected department is
 * sent forwards; its updates are accepted only while connected. Set by an administrator.
 */
@Entity
@Table(name = "exchange_link")
@NamedQuery(name = "ExchangeLink.all", query = "SELECT l FROM ExchangeLink l ORDER BY l.agencyCode")
public class ExchangeLink {

    @Id
    @Column(name = "agency_code", length = 40)
    private String agencyCode;

    @Column(nullable = false)
    private boolean connected;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected ExchangeLink() {
    }

    public ExchangeLink(String agencyCode, String by, Instant at) {
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        connect(by, at);
    }

    public void connect(String by, Instant at) {
        change(true, by, at);
    }

    public void disconnect(String by, Instant at) {
        change(false, by, at);
    }

    private void change(boolean to, String by, Instant at) {
        this.connected = to;
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public String getAgencyCode() { return agencyCode; }
    public boolean isConnected() { return connected; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
