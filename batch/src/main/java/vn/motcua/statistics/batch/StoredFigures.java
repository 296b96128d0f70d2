package vn.motcua.statistics.batch;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.statistics.boundary.AgencyChoiceDto;
import vn.motcua.statistics.boundary.Ii06aReportDto;
import vn.motcua.statistics.boundary.Ii06aRowDto;
import vn.motcua.statistics.boundary.ReportPeriod;
import vn.motcua.statistics.control.ReportingAgencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reports of a province's agencies rolled up from the rows the job stored by desk: each agency (the
 * province first, then its districts, communes and desks in tree order) sums the rows of the desks in
 * its subtree, field by field. Agencies without a desk that received anything are left out.
 */
final class StoredFigures {

    private final EntityManager em;

    StoredFigures(EntityManager em) {
        this.em = em;
    }

    List<Ii06aReportDto> reports(long provinceId, ReportPeriod period) {
        Map<Long, List<Ii06aRowDto>> byDesk = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT desk_id, field_code, field_name, received, received_online,"
                        + " received_in_person, carried_over, resolved, resolved_early, resolved_on_time, resolved_late,"
                        + " in_progress, within_deadline, overdue FROM statistics_figure WHERE period_key = ?1"
                        + " AND province_id = ?2")
                .setParameter(1, period.key()).setParameter(2, provinceId))) {
            long[] figures = new long[11];
            for (int i = 0; i < figures.length; i++) {
                figures[i] = ((Number) r[3 + i]).longValue();
            }
            byDesk.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(Ii06aRowDto.of(0, (String) r[1], (String) r[2], figures));
        }
        ReportingAgencies tree = new ReportingAgencies(em);
        List<Ii06aReportDto> reports = new ArrayList<>();
        for (AgencyChoiceDto choice : tree.within(tree.subtree(provinceId))) {
            Set<Long> subtree = tree.subtree(choice.id());
            Map<String, Ii06aRowDto> fields = new TreeMap<>();
            byDesk.forEach((desk, rows) -> {
                if (subtree.contains(desk)) {
                    rows.forEach(row -> fields.merge(row.fieldCode(), row, Ii06aRowDto::plus));
                }
            });
            if (!fields.isEmpty() || choice.id() == provinceId) {
                Agency agency = tree.agency(choice.id());
                List<Ii06aRowDto> numbered = new ArrayList<>();
                fields.values().forEach(row -> numbered.add(Ii06aRowDto.of(numbered.size() + 1, row.fieldCode(),
                        row.fieldName(), row.figures())));
                reports.add(Ii06aReportDto.of(period, agency.getCode(), agency.getName(), tree.receiverOf(agency),
                        numbered));
            }
        }
        return reports;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }
}
