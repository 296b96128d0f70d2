package vn.motcua.statistics.batch;

import java.io.Serializable;
import java.util.List;

/** A province's published period: its announcement as read back from the manifest written beside the files. */
public record PublishedReportDto(String province, String periodKey, List<String> agencies,
                                 List<ProvincialReportMessage.FileLink> files) implements Serializable {

    public PublishedReportDto {
        agencies = List.copyOf(agencies);
        files = List.copyOf(files);
    }
}
