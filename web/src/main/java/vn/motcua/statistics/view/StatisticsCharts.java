package vn.motcua.statistics.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.motcua.shared.view.FacesMessages;
import vn.motcua.statistics.boundary.DashboardFiguresDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;

import java.util.List;
import java.util.function.Function;

/** The dashboard's Chart.js configurations (p:chart takes them as JSON), labels from the bundle. */
final class StatisticsCharts {

    private static final String RECEIVED = "#2563eb";
    private static final String RESOLVED = "#16a34a";
    private static final String IN_PROGRESS = "#f59e0b";
    private static final String LATE = "#dc2626";

    private StatisticsCharts() {
    }

    /** Received, resolved and in progress by field, stacked by nothing: three bars a field. */
    static String byField(List<Ii06aRowDto> rows) {
        return bar(rows.stream().map(Ii06aRowDto::fieldName).toList(), false,
                dataset("statistics.received", RECEIVED, rows, Ii06aRowDto::received),
                dataset("statistics.resolved", RESOLVED, rows, Ii06aRowDto::resolved),
                dataset("statistics.inProgress", IN_PROGRESS, rows, Ii06aRowDto::inProgress));
    }

    /** Month by month: received and resolved as bars, the late ones too. */
    static String byMonth(List<DashboardFiguresDto.MonthFigure> months) {
        List<Ii06aRowDto> totals = months.stream().map(DashboardFiguresDto.MonthFigure::total).toList();
        return bar(months.stream().map(DashboardFiguresDto.MonthFigure::month).toList(), false,
                dataset("statistics.received", RECEIVED, totals, Ii06aRowDto::received),
                dataset("statistics.resolved", RESOLVED, totals, Ii06aRowDto::resolved),
                dataset("statistics.resolvedLate", LATE, totals, Ii06aRowDto::resolvedLate));
    }

    /** Percent of steps closed in time, by department or officer. */
    static String onTimeRates(List<DashboardFiguresDto.StepFigure> figures) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        figures.forEach(f -> data.add(f.onTimeRate() == null ? 0 : Math.round(f.onTimeRate() * 10) / 10.0));
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", FacesMessages.text("statistics.onTimeRate"))
                .add("backgroundColor", RESOLVED).add("data", data);
        return config(figures.stream().map(DashboardFiguresDto.StepFigure::name).toList(), true,
                Json.createArrayBuilder().add(set));
    }

    private static JsonObjectBuilder dataset(String key, String colour, List<Ii06aRowDto> rows,
                                             Function<Ii06aRowDto, Long> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(row -> data.add(value.apply(row)));
        return Json.createObjectBuilder().add("label", FacesMessages.text(key)).add("backgroundColor", colour)
                .add("data", data);
    }

    private static String bar(List<String> labels, boolean horizontal, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        return config(labels, horizontal, sets);
    }

    private static String config(List<String> labels, boolean horizontal, JsonArrayBuilder datasets) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(label -> names.add(label == null ? "" : label));
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
