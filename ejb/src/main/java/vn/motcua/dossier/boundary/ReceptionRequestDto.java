package vn.motcua.dossier.boundary;

import vn.motcua.catalog.entity.Channel;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.NotifyChannel;

import java.util.List;

/**
 * What the reception officer enters at the desk for one dossier; the delegate is optional, and so are
 * messages to the applicant: only with their consent, by the channel they choose.
 */
public record ReceptionRequestDto(long procedureVersionId, String deskCode, Channel channel,
                                  Applicant.Kind applicantKind, String applicantName, Applicant.IdKind idKind,
                                  String idNumber, String phone, String email, String address,
                                  List<SubmittedDocumentDto> documents, int documentSets, String notes,
                                  DelegateDto delegate, boolean notifyConsent, NotifyChannel notifyChannel) {

    public ReceptionRequestDto(long procedureVersionId, String deskCode, Channel channel,
                               Applicant.Kind applicantKind, String applicantName, Applicant.IdKind idKind,
                               String idNumber, String phone, String email, String address,
                               List<SubmittedDocumentDto> documents, int documentSets, String notes,
                               DelegateDto delegate) {
        this(procedureVersionId, deskCode, channel, applicantKind, applicantName, idKind, idNumber, phone, email,
                address, documents, documentSets, notes, delegate, false, NotifyChannel.NONE);
    }

    public ReceptionRequestDto(long procedureVersionId, String deskCode, Channel channel,
                               Applicant.Kind applicantKind, String applicantName, Applicant.IdKind idKind,
                               String idNumber, String phone, String email, String address,
                               List<SubmittedDocumentDto> documents, int documentSets, String notes) {
        this(procedureVersionId, deskCode, channel, applicantKind, applicantName, idKind, idNumber, phone, email,
                address, documents, documentSets, notes, null);
    }
}
