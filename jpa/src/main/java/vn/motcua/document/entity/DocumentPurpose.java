package vn.motcua.document.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Why a file is kept; each purpose accepts only the formats that its readers can open safely. */
public enum DocumentPurpose {

    /** Biểu mẫu, tờ khai: published for applicants to download and fill in, so editable Office formats too. */
    FORM_TEMPLATE(EnumSet.of(FileFormat.PDF, FileFormat.DOC, FileFormat.DOCX, FileFormat.XLS, FileFormat.XLSX)),
    /** Bản chụp, bản quét thành phần hồ sơ taken at reception. */
    SCAN(EnumSet.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG)),
    /** Kết quả giải quyết: issued electronic documents are PDF (Decree 30/2020/NĐ-CP, Appendix I). */
    RESULT(EnumSet.of(FileFormat.PDF)),
    /** Phiếu issued to the applicant (forms 02–04), kept as issued so a reprint is the same paper. */
    ISSUED_FORM(EnumSet.of(FileFormat.PDF)),
    /** Attachments in the chat with applicants, held to the same formats as scans. */
    CHAT_ATTACHMENT(EnumSet.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG));

    private final Set<FileFormat> formats;

    DocumentPurpose(EnumSet<FileFormat> formats) {
        this.formats = Collections.unmodifiableSet(formats);
    }

    public Set<FileFormat> formats() {
        return formats;
    }

    public boolean allows(FileFormat format) {
        return formats.contains(format);
    }
}
