package vn.motcua.queue.boundary;

import vn.motcua.queue.entity.ServiceGroup;

/** A service group as the kiosk and the console show it. */
public record ServiceGroupDto(long id, String prefix, String name, String opensAt, String closesAt, boolean open,
                              boolean returnsResults) implements java.io.Serializable {

    static ServiceGroupDto of(ServiceGroup group, boolean open) {
        return new ServiceGroupDto(group.getId(), group.getPrefix(), group.getName(), group.getOpensAt().toString(),
                group.getClosesAt().toString(), open, group.isReturnsResults());
    }
}
