/** The queue's rules and machinery: fair calling order, the daily number row, the claim, ESC/POS, messages. */
package vn.motcua.queue.control;
