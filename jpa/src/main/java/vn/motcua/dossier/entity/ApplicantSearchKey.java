package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One search key of an applicant's name, as the staff search reads them: a query on this entity
 * becomes a plain range on applicant_search_key, joined to nothing. The rows are written only through
 * {@link Applicant}'s keys; this class is never created by the application.
 */
@Entity
@Table(name = "applicant_search_key")
@IdClass(ApplicantSearchKey.Key.class)
public class ApplicantSearchKey {

    @Id
    @Column(name = "applicant_id")
    private Long applicantId;

    @Id
    @Column(name = "search_key")
    private String searchKey;

    protected ApplicantSearchKey() {
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getSearchKey() {
        return searchKey;
    }

    /** The row's identity: applicant and key. */
    public static class Key implements Serializable {

        private Long applicantId;
        private String searchKey;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key that && Objects.equals(applicantId, that.applicantId)
                    && Objects.equals(searchKey, that.searchKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicantId, searchKey);
        }
    }
}
