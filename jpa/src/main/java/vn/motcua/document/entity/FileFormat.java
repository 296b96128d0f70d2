package vn.motcua.document.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file the office accepts, each with its media type and the extensions its name may end in. */
public enum FileFormat {

    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final List<String> extensions;

    FileFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Lower-case extensions without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    public static Optional<FileFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
