package vn.motcua.dossier.boundary;

import vn.motcua.catalog.entity.Channel;
import vn.motcua.dossier.entity.Applicant;

import java.util.List;

/** What the reception officer enters at the desk for one dossier. */
public record ReceptionRequestDto(long procedureVersionId, String deskCode, Channel channel,
                                  Applicant.Kind applicantKind, String applicantName, Applicant.IdKind idKind,
                                  String idNumber, String phone, String email, String address,
                                  List<SubmittedDocumentDto> documents, int documentSets, String notes) {
}
