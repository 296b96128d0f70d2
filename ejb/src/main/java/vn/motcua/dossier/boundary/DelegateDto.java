package vn.motcua.dossier.boundary;

/** Người được ủy quyền nộp hồ sơ: optional; when given, a name and a CCCD are required. */
public record DelegateDto(String name, String idNumber, String phone) {
}
