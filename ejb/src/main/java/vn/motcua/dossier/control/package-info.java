/**
 * Dossier rules outside the entities: codes and the daily counter, the hash-chained event journal,
 * applicant checks, and the printable legal forms 01–06 of Circular 01/2018/TT-VPCP (with the logbook
 * also as a spreadsheet).
 */
package vn.motcua.dossier.control;
