/**
 * Thống kê, báo cáo: report II.06a/VPCP/KSTT, the statistics dashboard and the Decision 766 scorecard
 * for leaders and the province office ({@link vn.motcua.statistics.boundary.Statistics}); the counting
 * rules are described in {@link vn.motcua.statistics.control}.
 */
package vn.motcua.statistics.boundary;
