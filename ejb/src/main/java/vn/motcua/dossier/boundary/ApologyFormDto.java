package vn.motcua.dossier.boundary;

import java.time.Instant;
import java.util.Objects;

/**
 * What the "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04, appendix of Circular 01/2018/TT-VPCP)
 * carries: the late dossier, the appointment it missed, why, and the new appointment.
 *
 * @param parentAgencyName      the body the late agency belongs to, e.g. "Ủy ban nhân dân huyện Chư Sê"
 * @param agencyName            the agency that apologises, e.g. "Phòng Tài nguyên và Môi trường"
 * @param placeName             the place written before the date, e.g. "Chư Sê"
 * @param previousAppointmentAt the appointment on the receipt, now missed
 * @param newAppointmentAt      the new appointment; after the previous one
 * @param reason                why the result is late; the law asks for it
 * @param signerName            the head who signs; blank leaves the line to write
 */
public record ApologyFormDto(String parentAgencyName, String agencyName, String placeName, Instant issuedAt,
                             String applicantName, String dossierCode, String procedureName, Instant receivedAt,
                             Instant previousAppointmentAt, Instant newAppointmentAt, String reason,
                             String signerName) {

    public ApologyFormDto {
        Objects.requireNonNull(parentAgencyName, "parentAgencyName");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(previousAppointmentAt, "previousAppointmentAt");
        Objects.requireNonNull(newAppointmentAt, "newAppointmentAt");
        Objects.requireNonNull(reason, "reason");
        if (!newAppointmentAt.isAfter(previousAppointmentAt)) {
            throw new IllegalArgumentException("The new appointment " + newAppointmentAt
                    + " is not after the missed one " + previousAppointmentAt);
        }
    }
}
