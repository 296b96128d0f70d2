/**
 * Printing the one-stop office's forms (appendix of Circular 01/2018/TT-VPCP) as PDF, in memory and
 * without a container, so every form is tested with JUnit alone.
 */
package vn.motcua.dossier.control;
