package vn.motcua.dossier.boundary;

import vn.motcua.dossier.entity.Applicant;

/** An applicant the desk has met before, to fill the reception form from. */
public record ApplicantDto(Applicant.Kind kind, String name, Applicant.IdKind idKind, String idNumber, String phone,
                           String email, String address) {

    static ApplicantDto of(Applicant a) {
        return new ApplicantDto(a.getKind(), a.getFullName(), a.getIdKind(), a.getIdNumber(), a.getPhone(),
                a.getEmail(), a.getAddress());
    }
}
