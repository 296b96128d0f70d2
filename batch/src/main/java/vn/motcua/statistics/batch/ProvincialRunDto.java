package vn.motcua.statistics.batch;

import java.io.Serializable;
import java.util.Date;
import java.util.List;

/**
 * One execution of the provincial-statistics job as the admin screen shows it: the province and period,
 * its status and exit status (the failure's message when it failed), times, the steps with their
 * status and rows read so far, and whether it can be restarted.
 */
public record ProvincialRunDto(long executionId, long instanceId, String province, String periodType, String period,
                               String status, String exitStatus, Date start, Date end, List<StepDto> steps,
                               boolean restartable) implements Serializable {

    public ProvincialRunDto {
        steps = List.copyOf(steps);
    }

    public record StepDto(String step, String status, long read, long written, String exitStatus, Date start, Date end)
            implements Serializable {

        /** How long the step ran, in milliseconds; null while it runs. */
        public Long millis() {
            return start == null || end == null ? null : end.getTime() - start.getTime();
        }
    }
}
