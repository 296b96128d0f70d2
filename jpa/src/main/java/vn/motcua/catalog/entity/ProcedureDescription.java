package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * The published texts of a procedure that Decree 63/2010/NĐ-CP Art. 8 requires: who may apply,
 * the steps, the conditions, the legal basis and the result. Shown to applicants as written.
 */
@Embeddable
public class ProcedureDescription {

    public static final int APPLICANTS_LENGTH = 1000;
    public static final int STEPS_LENGTH = 4000;
    public static final int CONDITIONS_LENGTH = 4000;
    public static final int LEGAL_BASIS_LENGTH = 4000;
    public static final int RESULT_LENGTH = 1000;

    @Column(name = "applicants", nullable = false, length = APPLICANTS_LENGTH)
    private String applicants;

    @Column(name = "steps_text", nullable = false, length = STEPS_LENGTH)
    private String steps;

    @Column(name = "conditions_text", length = CONDITIONS_LENGTH)
    private String conditions;

    @Column(name = "legal_basis", nullable = false, length = LEGAL_BASIS_LENGTH)
    private String legalBasis;

    @Column(name = "result_text", nullable = false, length = RESULT_LENGTH)
    private String result;

    protected ProcedureDescription() {
    }

    public ProcedureDescription(String applicants, String steps, String conditions, String legalBasis,
                                String result) {
        this.applicants = Texts.require(applicants, "applicants");
        this.steps = Texts.require(steps, "steps");
        this.conditions = Texts.optional(conditions);
        this.legalBasis = Texts.require(legalBasis, "legalBasis");
        this.result = Texts.require(result, "result");
    }

    public String getApplicants() {
        return applicants;
    }

    public String getSteps() {
        return steps;
    }

    public String getConditions() {
        return conditions;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getResult() {
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProcedureDescription d && applicants.equals(d.applicants)
                && steps.equals(d.steps) && Objects.equals(conditions, d.conditions)
                && legalBasis.equals(d.legalBasis) && result.equals(d.result);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicants, steps, conditions, legalBasis, result);
    }
}
