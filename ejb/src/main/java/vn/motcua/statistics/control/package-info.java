/**
 * The statistics' counting: report II.06a/VPCP/KSTT by field ({@link vn.motcua.statistics.control.Ii06aQuery}),
 * the dashboard's breakdowns, the Decision 766 scorecard and the report's XLSX and PDF.
 *
 * <h2>How report II.06a counts (Circular 01/2020/TT-VPCP, form II.06a)</h2>
 * A period is [first day 00:00, day after the last 00:00) in Vietnam time. A dossier belongs to the
 * agency whose one-stop desk received it (its {@code desk}); an agency's report rolls up every desk of
 * its subtree. A dossier is <em>resolved</em> at the instant its handling ended ({@code finished_at}):
 * the result returned, a refusal (form 03) issued, or a stop on the applicant's request (Decree
 * 118/2025/NĐ-CP Art. 21). A result that is ready but not yet collected is still in progress.
 * <ul>
 * <li><b>Received in the period</b>: received at the desk within the period; <b>online</b> by its
 *     channel ONLINE, <b>in person/postal</b> by IN_PERSON or POSTAL.</li>
 * <li><b>Carried over</b>: received before the period and not resolved before it began.</li>
 * <li><b>Received total</b> = online + in person/postal + carried over: every dossier the period saw.</li>
 * <li><b>Resolved</b>: resolved within the period. A returned dossier is early, on time or late as
 *     classified at the return against its statutory due (form 05: early if returned on a day before the
 *     due day, late after the due instant). A refused or stopped dossier has no result to hand over
 *     early: on time if it ended no later than its statutory due, late after it.</li>
 * <li><b>In progress</b>: not resolved at the period's end (including results awaiting collection);
 *     <b>overdue</b> if its statutory due passed before the period's end (or before now, for a period
 *     not yet over) and its clock is not paused for a supplement (form 02: the applicant's time does
 *     not count against the office); <b>within deadline</b> otherwise.</li>
 * <li>The apology letter (form 04) moves the appointment, never the statutory due, so a rescheduled
 *     dossier still counts late. A withdrawn dossier is a stopped one: it counts as resolved in the
 *     period it was stopped, never again as in progress.</li>
 * </ul>
 * So received total = resolved + in progress holds for every field and period, and a dossier is counted
 * once in a period's report however many periods its handling spans.
 */
package vn.motcua.statistics.control;
