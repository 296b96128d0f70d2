package vn.motcua.statistics.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.agency.entity.Agency;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.control.Ii06aWorkbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The last step: rolls the stored desk rows up to every agency of the province, writes the XLSX (one
 * sheet per agency, the province first, official layout), the CSV (UTF-8 with BOM) and the JSON, each
 * with its SHA-256, and announces them on the motcua.statistics topic. Rerun whole on a restart: it
 * rewrites the same files from the same rows.
 */
@Named
@Dependent
public class ReportPublisherBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReportPublisherBatchlet.class.getName());
    /** Thread-safe, and costly to build: Yasson reads the records' shapes afresh for each new instance. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobContext job;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/statistics")
    private Topic topic;

    @Inject
    @BatchProperty
    private String provinceId;

    @Inject
    @BatchProperty
    private String periodType;

    @Inject
    @BatchProperty
    private String period;

    @Override
    public String process() throws Exception {
        ReportPeriod reportPeriod = ReportPeriod.of(periodType, period);
        long province = Long.parseLong(provinceId);
        Agency agency = em.find(Agency.class, province);
        long started = System.nanoTime();
        List<Ii06aReportDto> reports = new StoredFigures(em).reports(province, reportPeriod);
        long rolledUp = System.nanoTime();
        Path folder = ReportFiles.folder(agency.getCode(), reportPeriod.key()).orElseThrow();
        List<ProvincialReportMessage.FileLink> links = new ArrayList<>();
        byte[][] contents = {Ii06aWorkbook.write(reports), ReportFiles.csv(reports).getBytes(StandardCharsets.UTF_8),
                JSON.toJson(reports).getBytes(StandardCharsets.UTF_8)};
        for (int i = 0; i < contents.length; i++) {
            String name = ReportFiles.NAMES.get(i);
            Path file = folder.resolve(name);
            String sha256 = ReportFiles.write(file, contents[i], name.endsWith(".csv"));
            links.add(new ProvincialReportMessage.FileLink(name, "/statistics/files/" + agency.getCode() + "/"
                    + reportPeriod.key() + "/" + name, sha256, Files.size(file)));
        }
        ProvincialReportMessage message = new ProvincialReportMessage(ProvincialReportMessage.VERSION,
                job.getExecutionId(), agency.getCode(), reportPeriod.type(), reportPeriod.key(), reportPeriod.first(),
                reportPeriod.last(), reports.stream().map(Ii06aReportDto::agencyCode).toList(), links);
        String text = JSON.toJson(message);
        Files.writeString(folder.resolve("manifest.json"), text, StandardCharsets.UTF_8);
        jms.createProducer().send(topic, text);
        LOG.info(() -> String.format("%s %s: %d reports rolled up in %d ms, files written and announced in %d ms",
                agency.getCode(), reportPeriod.key(), reports.size(), (rolledUp - started) / 1_000_000,
                (System.nanoTime() - rolledUp) / 1_000_000));
        return "COMPLETED";
    }
}
