package vn.motcua.catalog.boundary;

import vn.motcua.catalog.entity.Channel;

import java.io.Serializable;

/** A channel a procedure is offered through, with that channel's own term and fee. */
public record ChannelOfferDto(Channel channel, StatutoryTermDto term, FeeDto fee) implements Serializable {

    public ChannelOfferDto {
        fee = fee == null ? FeeDto.NONE : fee;
    }
}
