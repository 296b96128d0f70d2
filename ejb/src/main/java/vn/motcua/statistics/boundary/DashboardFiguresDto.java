package vn.motcua.statistics.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The statistics dashboard of an agency for a period: the II.06a figures (total and by field), the
 * trend month by month, the steps closed by department and by officer with how many late, and the late
 * steps by officer and step (procedure code and step number).
 */
public record DashboardFiguresDto(Ii06aReportDto report, List<MonthFigure> months, List<StepFigure> departments,
                                  List<StepFigure> officers, List<LateStep> lateSteps) implements Serializable {

    public DashboardFiguresDto {
        months = List.copyOf(months);
        departments = List.copyOf(departments);
        officers = List.copyOf(officers);
        lateSteps = List.copyOf(lateSteps);
    }

    /** One month of the period (first day, dd/MM/yyyy in pages) and its II.06a totals. */
    public record MonthFigure(String month, java.time.LocalDate first, java.time.LocalDate last, Ii06aRowDto total)
            implements Serializable {
    }

    /** Steps closed in the period by a department ({@code key} its code) or an officer (their user name). */
    public record StepFigure(String key, String name, long closed, long late) implements Serializable {

        /** Percent of the closed steps closed in time; null when none was closed. */
        public Double onTimeRate() {
            return closed == 0 ? null : 100.0 * (closed - late) / closed;
        }
    }

    /** Steps an officer closed late in the period, by procedure and step number. */
    public record LateStep(String officer, String officerName, String procedureCode, int step, long late)
            implements Serializable {
    }
}
