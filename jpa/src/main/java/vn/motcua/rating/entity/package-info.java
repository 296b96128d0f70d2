/**
 * Đánh giá mức độ hài lòng: the applicant's rating of how their dossier was handled, once it was
 * collected, on the nine indicators of Decree 61/2018/NĐ-CP Art. 33 scored 2/1/0 as Circular
 * 01/2018/TT-VPCP lays down, with a free comment; one rating per dossier.
 */
package vn.motcua.rating.entity;
