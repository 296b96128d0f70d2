package vn.motcua.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import vn.motcua.agency.entity.Agency;
import vn.motcua.identity.entity.Officer;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top of every form the desk prints (Circular 01/2018/TT-VPCP appendix): the body the desk
 * belongs to, the desk, and the place written before the date.
 *
 * @param parentAgencyName e.g. "Ủy ban nhân dân huyện Chư Sê"
 * @param agencyName       e.g. "Bộ phận Tiếp nhận và Trả kết quả"
 * @param placeName        e.g. "Chư Sê"
 */
public record OfficeHeader(String parentAgencyName, String agencyName, String placeName) {

    public static OfficeHeader of(Agency desk) {
        Agency parent = desk.getParent() != null ? desk.getParent() : desk;
        return new OfficeHeader(parent.getName(), desk.getName(), place(parent));
    }

    /** An officer's full name for a signature block; the username when the account is gone. */
    public static String officerName(EntityManager em, String username) {
        return username == null ? "" : em.createNamedQuery("Officer.fullNameOf", String.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("username", username).getResultStream().findFirst()
                .orElse(username);
    }

    /** Full names by username, read in one query; unknown usernames are left out. */
    public static Map<String, String> officerNames(EntityManager em, Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT o FROM Officer o WHERE o.username IN :usernames", Officer.class)
                .setParameter("usernames", usernames).getResultStream()
                .collect(Collectors.toMap(Officer::getUsername, Officer::getFullName));
    }

    /** "Chư Sê" from "Ủy ban nhân dân huyện Chư Sê". */
    private static String place(Agency agency) {
        return agency.getName().replaceFirst(
                "^(Ủy ban nhân dân|UBND)\\s+(tỉnh|huyện|xã|thị trấn|phường|thành phố|thị xã)?\\s*", "");
    }
}
