/**
 * Đánh giá mức độ hài lòng: the applicant rates a collected dossier from the link sent to them or
 * with the receipt's code and PIN at the kiosk; leaders and the province read the report.
 */
package vn.motcua.rating.boundary;
