/** The delivery queue's consumer: one attempt at one applicant e-mail or SMS per message. */
package vn.motcua.notification.messaging;
