package vn.motcua.agency.boundary;

import vn.motcua.agency.entity.Counter;

import java.util.List;

/** A counter as the administration screen and, later, the queue show it. */
public record CounterDto(long id, String deskCode, int number, String name, List<String> fieldCodes, boolean active,
                         long version) {

    static CounterDto of(Counter counter) {
        return new CounterDto(counter.getId(), counter.getDesk().getCode(), counter.getNumber(), counter.getName(),
                counter.getFieldCodes().stream().sorted().toList(), counter.isActive(), counter.getVersion());
    }
}
