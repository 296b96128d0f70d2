package vn.motcua.catalog.entity;

/** In which form a required document is handed in. */
public enum DocumentForm {
    /** Bản chính. */
    ORIGINAL,
    /** Bản sao (kèm bản chính để đối chiếu). */
    COPY,
    /** Bản sao có chứng thực. */
    CERTIFIED_COPY
}
