/** The queue's state: service groups with their daily number series, tickets, and officers seated at counters. */
package vn.motcua.queue.entity;
