package vn.motcua.queue.boundary;

/** One row of the queue statistics: a day, group, counter or officer, with times in minutes. */
public record QueueStatisticsRowDto(String key, int issued, int served, int noShows, double waitMedian, double waitP90,
                                    double waitMax, double serviceMedian, double serviceP90, double serviceMax) implements java.io.Serializable {
}
