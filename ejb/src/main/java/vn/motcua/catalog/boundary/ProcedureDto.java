package vn.motcua.catalog.boundary;

import vn.motcua.catalog.entity.OnlineLevel;

import java.io.Serializable;
import java.util.List;

/**
 * One procedure as a release states it; also one element of the JSON file's "procedures" array
 * (ejb/src/main/resources/catalog/README.md). Field, agency and form references are codes.
 */
public record ProcedureDto(String code, String name, String field, OnlineLevel onlineLevel, String agency,
                           String applicants, String steps, String conditions, String legalBasis, String result,
                           StatutoryTermDto term, FeeDto fee, List<ChannelOfferDto> channels,
                           List<FormTemplateDto> forms, List<RequiredDocumentDto> documents,
                           List<WorkflowStepDto> workflow) implements Serializable {

    public ProcedureDto {
        code = Values.text(code);
        name = Values.text(name);
        field = Values.text(field);
        agency = Values.text(agency);
        applicants = Values.text(applicants);
        steps = Values.text(steps);
        conditions = Values.text(conditions);
        legalBasis = Values.text(legalBasis);
        result = Values.text(result);
        fee = fee == null ? FeeDto.NONE : fee;
        channels = Values.list(channels);
        forms = Values.list(forms);
        documents = Values.list(documents);
        workflow = Values.list(workflow);
    }
}
