package vn.motcua.dossier.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The logbook of a desk over a period (form 06, appendix of Circular 01/2018/TT-VPCP), printed or
 * exported to a spreadsheet.
 *
 * @param parentAgencyName the body the desk belongs to, e.g. "Ủy ban nhân dân huyện Chư Sê"
 * @param agencyName       the desk, e.g. "Bộ phận Tiếp nhận và Trả kết quả"
 * @param from             first day of the period, included
 * @param to               last day of the period, included; not before {@code from}
 */
public record LogbookDto(String parentAgencyName, String agencyName, LocalDate from, LocalDate to,
                         List<LogbookEntryDto> entries) {

    public LogbookDto {
        Objects.requireNonNull(parentAgencyName, "parentAgencyName");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends " + to + " before it starts " + from);
        }
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }
}
