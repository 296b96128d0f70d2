/**
 * Dossiers (hồ sơ) as the one-stop desk receives them: the applicant, the procedure version they
 * were received under, their status and step, and the hash-chained journal of every transition.
 * A dossier changes status only through business-named methods that check the transition
 * (Decree 61/2018/NĐ-CP, Circular 01/2018/TT-VPCP, Decree 118/2025/NĐ-CP).
 */
package vn.motcua.dossier.entity;
