/**
 * The provincial-statistics job: report II.06a of every agency of a province and the province total for
 * a month, quarter or year. Partitioned by agency: each partition owns a set of the province's desks
 * ({@link vn.motcua.statistics.batch.DeskPartitionMapper}) and counts them in one scan; chunk-oriented,
 * checkpointed: each chunk writes its rows by key (period, desk, field) into {@code statistics_figure}
 * ({@link vn.motcua.statistics.batch.FigureWriter}), so a restarted partition resumes after its last
 * committed chunk and a redone chunk overwrites instead of adding. The last step writes the XLSX, CSV and
 * JSON with their SHA-256 and announces them on the motcua.statistics topic
 * ({@link vn.motcua.statistics.batch.ReportPublisherBatchlet}). Started from the admin screen or by the
 * monthly timer ({@link vn.motcua.statistics.batch.ProvincialSchedule}).
 */
package vn.motcua.statistics.batch;
