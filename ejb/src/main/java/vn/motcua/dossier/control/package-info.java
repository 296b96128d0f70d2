/**
 * Dossier rules outside the entities: codes and the daily counter, the hash-chained event journal,
 * applicant checks, and the printable legal forms (form 01 receipt first) of Circular 01/2018/TT-VPCP.
 */
package vn.motcua.dossier.control;
