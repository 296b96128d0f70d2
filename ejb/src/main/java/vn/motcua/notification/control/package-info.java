/**
 * How an applicant's notification is worded and sent: templates filled for a dossier, plain-text e-mail
 * through the server's mail session, SMS through an HTTP gateway or, in the embedded default, the log.
 */
package vn.motcua.notification.control;
