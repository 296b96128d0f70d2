package vn.motcua.reference.boundary;

import vn.motcua.reference.entity.ReferenceEntry;

/** An entry as screens show and edit it; the version makes a stale edit detectable. */
public record ReferenceEntryDto(long id, String listCode, String code, String name, boolean active, int sortOrder,
                                long version) {

    static ReferenceEntryDto of(ReferenceEntry entry) {
        return new ReferenceEntryDto(entry.getId(), entry.getList().getCode(), entry.getCode(), entry.getName(),
                entry.isActive(), entry.getSortOrder(), entry.getVersion());
    }
}
