package vn.motcua.dossier.control;

import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WHERE clause assembled from fixed JPQL pieces, with its named parameters, so that a page query
 * and its count share one set of conditions and values never enter the JPQL text.
 */
final class JpqlConditions {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean applicant;

    /** Adds a condition and its parameters, given as name, value, name, value … */
    JpqlConditions and(String condition, Object... namesAndValues) {
        text.append(text.length() == 0 ? " WHERE " : " AND ").append(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** The last condition reads the applicant, alias {@code a}: a count must join it too. */
    JpqlConditions onApplicant() {
        applicant = true;
        return this;
    }

    boolean readsApplicant() {
        return applicant;
    }

    String text() {
        return text.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
