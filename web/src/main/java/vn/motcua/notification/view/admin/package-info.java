/** Administration of messages to applicants: the templates and the deliveries that failed. */
package vn.motcua.notification.view.admin;
