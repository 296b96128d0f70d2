package vn.motcua.dossier.boundary;

import vn.motcua.dossier.entity.DossierStatus;

import java.time.LocalDate;

/**
 * What an officer searches dossiers by; every part is optional. {@code text} is part of a dossier
 * code (it has a digit) or the applicant's name from any of its words on, accents optional;
 * {@code agencyCode} is the desk that received the dossier or another agency (a department) that
 * holds or held one of its steps; the received days are whole days in Vietnam time, both included.
 */
public record DossierCriteriaDto(String text, String idNumber, String phone, String procedureCode, String fieldCode,
                                 DossierStatus status, String agencyCode, LocalDate receivedFrom, LocalDate receivedTo) {

    /** No condition: every dossier the officer may see, newest first. */
    public static DossierCriteriaDto any() {
        return new DossierCriteriaDto(null, null, null, null, null, null, null, null, null);
    }
}
