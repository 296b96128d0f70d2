/**
 * Delivery of the applicant's notifications by e-mail and SMS: one delivery row per notification and
 * chosen channel, attempted from the delivery queue with bounded retries, failures kept for the
 * administrator, who also edits the Vietnamese templates.
 */
package vn.motcua.notification.boundary;
