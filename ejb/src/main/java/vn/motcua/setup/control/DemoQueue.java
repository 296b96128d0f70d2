package vn.motcua.setup.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.queue.entity.ServiceGroup;

import java.time.LocalTime;
import java.util.List;

/**
 * The demo desk's queue: land (A, counters 1-2), justice and civil status (B, counter 3), business,
 * construction and environment (C, counter 4), return of results (D, counter 5); numbers are issued
 * from 07:00 to 17:00, at most 300 a day per group.
 */
public class DemoQueue {

    // motcua.queue.demo-all-day=true (the integration tests) issues numbers around the clock
    private static final boolean ALL_DAY = Boolean.getBoolean("motcua.queue.demo-all-day");
    private static final LocalTime OPENS = ALL_DAY ? LocalTime.MIDNIGHT : LocalTime.of(7, 0);
    private static final LocalTime CLOSES = ALL_DAY ? LocalTime.of(23, 59, 59) : LocalTime.of(17, 0);

    private final EntityManager em;

    public DemoQueue(EntityManager em) {
        this.em = em;
    }

    public int load(String deskCode) {
        Agency desk = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", deskCode).getSingleResult();
        group(desk, "A", "Đất đai", List.of("DAT_DAI"), false, 1, 2);
        group(desk, "B", "Tư pháp – hộ tịch, chứng thực", List.of("HO_TICH", "CHUNG_THUC"), false, 3);
        group(desk, "C", "Kinh doanh, xây dựng, môi trường", List.of("HO_KINH_DOANH", "CAP_PHEP_XAY_DUNG", "DAU_TU_XDCB",
                "MOI_TRUONG", "AN_TOAN_THUC_PHAM"), false, 4);
        group(desk, "D", "Trả kết quả", List.of("DAT_DAI", "HO_TICH", "CHUNG_THUC", "HO_KINH_DOANH"), true, 5);
        return 4;
    }

    private void group(Agency desk, String prefix, String name, List<String> fields, boolean returns, Integer... counters) {
        ServiceGroup group = new ServiceGroup(desk, prefix, name, fields, OPENS, CLOSES, 300, returns);
        group.servedAt(List.of(counters));
        em.persist(group);
    }
}
