package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * One way of filing a procedure with its own term and fee: provinces often set a lower fee for online
 * filing (to encourage it, Decree 42/2022/NĐ-CP) and the published catalog states both.
 */
@Embeddable
public class ChannelOffer {

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Embedded
    private StatutoryTerm term;

    @Embedded
    private Fee fee;

    protected ChannelOffer() {
    }

    public ChannelOffer(Channel channel, StatutoryTerm term, Fee fee) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.term = Objects.requireNonNull(term, "term");
        this.fee = fee;
    }

    public Channel getChannel() {
        return channel;
    }

    public StatutoryTerm getTerm() {
        return term;
    }

    public Fee getFee() {
        return fee == null ? new Fee(null, null) : fee;
    }
}
