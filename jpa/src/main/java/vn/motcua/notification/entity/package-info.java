/**
 * Delivery of the applicant's notifications by e-mail and SMS: the Vietnamese templates an administrator
 * edits, one per topic and channel, and the record of each delivery with its attempts and last error.
 */
package vn.motcua.notification.entity;
