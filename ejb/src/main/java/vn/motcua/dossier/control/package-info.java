/**
 * Dossier rules that need no container: dossier codes and their gap-free daily counter, the
 * hash-chained journal and the checks on applicant details.
 */
package vn.motcua.dossier.control;
