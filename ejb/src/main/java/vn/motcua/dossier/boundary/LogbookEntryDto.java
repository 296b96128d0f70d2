package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the logbook (form 06, appendix of Circular 01/2018/TT-VPCP): one dossier received.
 *
 * @param entryNumber  the line's number in the logbook, from 1
 * @param address      may be null, as may {@code phone}, {@code handedToUnit} and {@code note}
 * @param handedToUnit the unit in charge of resolving it, e.g. "Phòng Tư pháp"
 * @param returnedAt   when the result went back to the applicant; null until then
 * @param timeliness   "Trước hạn", "Đúng hạn" or "Quá hạn", already in Vietnamese; null until resolved
 */
public record LogbookEntryDto(int entryNumber, String dossierCode, String procedureName, String applicantName,
                              String address, String phone, Instant receivedAt, Instant appointmentAt,
                              String handedToUnit, Instant returnedAt, String timeliness, String note) {

    public LogbookEntryDto {
        if (entryNumber < 1) {
            throw new IllegalArgumentException("Logbook entries count from 1: " + entryNumber);
        }
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
    }
}
