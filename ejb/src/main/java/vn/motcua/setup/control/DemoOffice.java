package vn.motcua.setup.control;

import jakarta.persistence.EntityManager;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.agency.entity.Counter;
import vn.motcua.identity.control.PasswordHasher;
import vn.motcua.identity.entity.Officer;
import vn.motcua.identity.entity.PasswordHash;
import vn.motcua.identity.entity.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * The seed office: Chư Sê district (Gia Lai), its one-stop desk, departments and communes, and one
 * officer per role. Codes follow the national agency-code shape (000.00.NN.H21).
 */
public class DemoOffice {

    /** The demo password of every demo account; printed in the README, never used on real data. */
    public static final String PASSWORD = "MotCua@2026";

    private static final LocalDate SINCE = LocalDate.of(2012, 1, 1);

    private final EntityManager em;

    public DemoOffice(EntityManager em) {
        this.em = em;
    }

    public int load() {
        Agency province = agency("000.00.00.H21", "Ủy ban nhân dân tỉnh Gia Lai", AgencyKind.PROVINCE, null,
                "Số 02 Trần Phú, phường Diên Hồng, thành phố Pleiku, Gia Lai");
        Agency district = agency("000.00.19.H21", "Ủy ban nhân dân huyện Chư Sê", AgencyKind.DISTRICT, province,
                "Số 1 Hùng Vương, thị trấn Chư Sê, Gia Lai");
        Agency desk = agency("000.01.19.H21", "Bộ phận tiếp nhận và trả kết quả huyện Chư Sê",
                AgencyKind.ONE_STOP_DESK, district, "Văn phòng HĐND và UBND huyện Chư Sê");
        Agency environment = agency("000.02.19.H21", "Phòng Tài nguyên và Môi trường", AgencyKind.DEPARTMENT, district, null);
        Agency landRegistry = agency("000.03.19.H21", "Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Sê",
                AgencyKind.DEPARTMENT, district, null);
        Agency justice = agency("000.04.19.H21", "Phòng Tư pháp", AgencyKind.DEPARTMENT, district, null);
        Agency infrastructure = agency("000.05.19.H21", "Phòng Kinh tế – Hạ tầng", AgencyKind.DEPARTMENT, district, null);
        Agency finance = agency("000.06.19.H21", "Phòng Tài chính – Kế hoạch", AgencyKind.DEPARTMENT, district, null);
        Agency health = agency("000.07.19.H21", "Phòng Y tế", AgencyKind.DEPARTMENT, district, null);
        String[] communes = {"Thị trấn Chư Sê", "Xã Ia Blang", "Xã Ia Pal", "Xã Ia Glai", "Xã Al Bá", "Xã AYun",
                "Xã Ia HLốp", "Xã Ia Ko", "Xã Dun", "Xã H'Bông", "Xã Ia Tiêm", "Xã Bar Măih", "Xã Bờ Ngoong",
                "Xã Chư Pơng", "Xã Kông HTok"};
        for (int i = 0; i < communes.length; i++) {
            agency(String.format("%03d.20.19.H21", i + 1), "Ủy ban nhân dân " + communes[i].replace("Xã", "xã")
                    .replace("Thị trấn", "thị trấn"), AgencyKind.COMMUNE, district, null);
        }

        counter(desk, 1, "Quầy 1 – Đất đai", "DAT_DAI");
        counter(desk, 2, "Quầy 2 – Giao dịch bảo đảm, đất đai", "DAT_DAI");
        counter(desk, 3, "Quầy 3 – Tư pháp, hộ tịch, chứng thực", "HO_TICH", "CHUNG_THUC");
        counter(desk, 4, "Quầy 4 – Kinh doanh, xây dựng, môi trường, an toàn thực phẩm",
                "HO_KINH_DOANH", "CAP_PHEP_XAY_DUNG", "DAU_TU_XDCB", "MOI_TRUONG", "AN_TOAN_THUC_PHAM");
        counter(desk, 5, "Quầy 5 – Trả kết quả", "DAT_DAI", "HO_TICH", "CHUNG_THUC", "HO_KINH_DOANH",
                "CAP_PHEP_XAY_DUNG", "DAU_TU_XDCB", "MOI_TRUONG", "AN_TOAN_THUC_PHAM");

        PasswordHash demo = new PasswordHasher().hash(PASSWORD.toCharArray());
        officer("tiepnhan", "Nguyễn Thị Lan", desk, demo, Role.RECEPTION, desk);
        officer("chuyenvien", "Trần Văn Minh", landRegistry, demo, Role.SPECIALIST, landRegistry)
                .grant(Role.SPECIALIST, environment);
        // the demo's one leader approves for the district and, as acting head, for every department
        Officer leader = officer("lanhdao", "Rơ Châm Hiền", district, demo, Role.LEADER, district);
        for (Agency department : new Agency[] {environment, landRegistry, justice, infrastructure, finance, health}) {
            leader.grant(Role.LEADER, department);
        }
        officer("vanthu", "Lê Thị Hoa", district, demo, Role.CLERK, district);
        officer("quantri", "Phạm Quốc Huy", district, demo, Role.ADMIN, district);
        officer("tinh", "Đỗ Thanh Nhật", province, demo, Role.PROVINCE, province);
        officer("tuphap", "Ksor H'Nga", justice, demo, Role.SPECIALIST, justice);
        officer("kinhte", "Nguyễn Đức Thắng", infrastructure, demo, Role.SPECIALIST, infrastructure);
        officer("taichinh", "Hoàng Thị Thu", finance, demo, Role.SPECIALIST, finance);
        officer("yte", "Võ Minh Tâm", health, demo, Role.SPECIALIST, health);
        return 10;
    }

    private void counter(Agency desk, int number, String name, String... fields) {
        em.persist(new Counter(desk, number, name, List.of(fields)));
    }

    private Agency agency(String code, String name, AgencyKind kind, Agency parent, String address) {
        Agency agency = new Agency(code, name, kind, parent, SINCE);
        agency.locateAt(address);
        em.persist(agency);
        return agency;
    }

    private Officer officer(String username, String fullName, Agency home, PasswordHash password,
                            Role role, Agency where) {
        Officer officer = new Officer(username, fullName, home, password);
        officer.grant(role, where);
        em.persist(officer);
        return officer;
    }
}
