/**
 * The rating's procedures: the unforgeable link token sent to the applicant ({@link
 * vn.motcua.rating.control.RatingLinks}) and the aggregates by field, department and officer ({@link
 * vn.motcua.rating.control.RatingReport}).
 */
package vn.motcua.rating.control;
