package vn.motcua.dossier.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The procedures in the benchmark database with how often a district desk receives them: three in
 * four dossiers are land (đất đai), mostly secured transactions; within a field the first procedures
 * of the catalog are the common ones (weights 1, 1/2, 1/3 …).
 */
final class GeneratedCatalog {

    private static final Map<String, Double> FIELD_SHARE = Map.of("DAT_DAI", 0.75, "CHUNG_THUC", 0.12,
            "HO_KINH_DOANH", 0.05, "CAP_PHEP_XAY_DUNG", 0.03, "HO_TICH", 0.02, "AN_TOAN_THUC_PHAM", 0.015,
            "MOI_TRUONG", 0.0075, "DAU_TU_XDCB", 0.0075);

    private final Random random;
    private final Map<String, Long> agencies = new HashMap<>();
    private final List<GeneratedLife.Procedure> procedures = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();

    GeneratedCatalog(Connection connection, Random random) throws SQLException {
        this.random = random;
        try (Statement statement = connection.createStatement()) {
            ResultSet agency = statement.executeQuery("SELECT id, code FROM agency");
            while (agency.next()) {
                agencies.put(agency.getString(2), agency.getLong(1));
            }
            Map<Long, List<GeneratedLife.Step>> steps = new HashMap<>();
            ResultSet step = statement.executeQuery("SELECT workflow_id, position, agency_code, role_name, budget_days"
                    + " FROM catalog_workflow_step ORDER BY workflow_id, position");
            while (step.next()) {
                steps.computeIfAbsent(step.getLong(1), k -> new ArrayList<>()).add(new GeneratedLife.Step(step.getInt(2),
                        agencyId(step.getString(3)), step.getString(3), step.getString(4), step.getDouble(5)));
            }
            Map<String, List<GeneratedLife.Procedure>> byField = new LinkedHashMap<>();
            ResultSet procedure = statement.executeQuery("SELECT p.id, p.code, f.code, p.term_unit, p.term_amount,"
                    + " p.workflow_id FROM catalog_procedure p JOIN catalog_field f ON f.id = p.field_id"
                    + " ORDER BY p.position");
            while (procedure.next()) {
                byField.computeIfAbsent(procedure.getString(3), k -> new ArrayList<>()).add(new GeneratedLife.Procedure(
                        procedure.getLong(1), procedure.getString(2), procedure.getString(3), procedure.getString(4),
                        procedure.getDouble(5), steps.get(procedure.getLong(6))));
            }
            double total = 0;
            for (var field : byField.entrySet()) {
                double harmonic = 0;
                for (int rank = 1; rank <= field.getValue().size(); rank++) {
                    harmonic += 1.0 / rank;
                }
                for (int rank = 1; rank <= field.getValue().size(); rank++) {
                    total += FIELD_SHARE.getOrDefault(field.getKey(), 0.005) / rank / harmonic;
                    procedures.add(field.getValue().get(rank - 1));
                    cumulative.add(total);
                }
            }
        }
    }

    GeneratedLife.Procedure pick() {
        double draw = random.nextDouble() * cumulative.get(cumulative.size() - 1);
        for (int i = 0; i < cumulative.size(); i++) {
            if (draw < cumulative.get(i)) {
                return procedures.get(i);
            }
        }
        return procedures.get(procedures.size() - 1);
    }

    long agencyId(String code) {
        Long id = agencies.get(code);
        if (id == null) {
            throw new IllegalStateException("the demo office has no agency " + code);
        }
        return id;
    }
}
