package vn.motcua.catalog.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A catalog release as its file states it: the province's decision and the procedures it announces. */
public record ReleaseDto(String code, String name, String decisionNumber, LocalDate decisionDate,
                         List<ProcedureDto> procedures) implements Serializable {

    public ReleaseDto {
        code = Values.text(code);
        name = Values.text(name);
        decisionNumber = Values.text(decisionNumber);
        procedures = Values.list(procedures);
    }
}
