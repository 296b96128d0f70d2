package vn.motcua.queue.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.queue.boundary.QueueStatistics;
import vn.motcua.queue.boundary.QueueStatisticsRowDto;
import vn.motcua.queue.control.QueueWorkbook;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/** queue/statistics.xhtml: tickets, no-shows, waiting and service times by day, group, counter or officer. */
@Named
@ViewScoped
public class QueueStatisticsBacking implements Serializable {

    private static final List<String> COLUMNS = List.of("issued", "served", "noShows", "waitMedian", "waitP90", "waitMax",
            "serviceMedian", "serviceP90", "serviceMax");

    @Inject
    private QueueStatistics statistics;

    private LocalDate from = LocalDate.now(Clocks.VIETNAM);
    private LocalDate to = LocalDate.now(Clocks.VIETNAM);
    private QueueStatistics.By by = QueueStatistics.By.GROUP;
    private List<QueueStatisticsRowDto> rows = List.of();

    public void show() {
        try {
            rows = statistics.rows(from, to, by);
        } catch (BusinessException e) {
            rows = List.of();
            FacesMessages.error(e);
        }
    }

    public StreamedContent getExcel() {
        show();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<String> headings = Stream.concat(Stream.of(FacesMessages.text("queue.statistics.by." + by)),
                COLUMNS.stream().map(c -> FacesMessages.text("queue.statistics." + c))).toList();
        byte[] bytes = QueueWorkbook.write(FacesMessages.text("menu.queueStatistics") + " " + day.format(from) + " – "
                + day.format(to), headings, rows);
        return DefaultStreamedContent.builder().name("thong-ke-xep-hang.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** The width of a bar of the chart, in percent of the longest. */
    public int bar(int value) {
        int max = rows.stream().mapToInt(QueueStatisticsRowDto::issued).max().orElse(0);
        return max == 0 ? 0 : Math.round(100f * value / max);
    }

    public QueueStatistics.By[] getDimensions() { return QueueStatistics.By.values(); }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public QueueStatistics.By getBy() { return by; }
    public void setBy(QueueStatistics.By by) { this.by = by; }
    public List<QueueStatisticsRowDto> getRows() { return rows; }
}
