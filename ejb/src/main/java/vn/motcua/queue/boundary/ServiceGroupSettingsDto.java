package vn.motcua.queue.boundary;

import vn.motcua.queue.entity.ServiceGroup;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;

/**
 * A service group as its administrator sets it: the letter and the fields are chosen when it is added;
 * the counters list, when not empty, reserves it to those counters.
 */
public record ServiceGroupSettingsDto(Long id, long version, String prefix, String name, List<String> fieldCodes,
                                      LocalTime opensAt, LocalTime closesAt, int dailyCap, List<Integer> counterNumbers,
                                      boolean returnsResults, boolean active) implements Serializable {

    static ServiceGroupSettingsDto of(ServiceGroup group) {
        return new ServiceGroupSettingsDto(group.getId(), group.getVersion(), group.getPrefix(), group.getName(),
                group.getFieldCodes().stream().sorted().toList(), group.getOpensAt(), group.getClosesAt(),
                group.getDailyCap(), group.getCounterNumbers(), group.isReturnsResults(), group.isActive());
    }
}
