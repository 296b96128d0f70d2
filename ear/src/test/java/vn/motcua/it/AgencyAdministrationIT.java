package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.agency.boundary.AgencyAdministration;
import vn.motcua.agency.boundary.AgencyChangeDto;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.boundary.NewAgencyDto;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.shared.boundary.BusinessException;

import javax.naming.InitialContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reorganising the agency tree (the 2025 reform as data), through the real boundary. */
@ExtendWith(ArquillianExtension.class)
class AgencyAdministrationIT {

    private static final String DISTRICT = "000.00.19.H21";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(AgencyAdministrationIT.class, Deployments.class);
    }

    private static AgencyAdministration administration() throws Exception {
        return (AgencyAdministration) new InitialContext().lookup("java:global/motcua/motcua-ejb/AgencyAdministration");
    }

    private static long version(String code) throws Exception {
        return SignedIn.as("quantri", () -> administration().managed()).stream().filter(a -> a.code().equals(code))
                .findFirst().orElseThrow().version();
    }

    private static String addCommune(String name) throws Exception {
        String code = "IT." + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.as("quantri", () -> administration().add(new NewAgencyDto(DISTRICT, code, name, AgencyKind.COMMUNE,
                null, LocalDate.of(2020, 1, 1))));
        return code;
    }

    @Test
    void twoCommunesMergeAndTheirUnitsFollowWithHistory() throws Exception {
        String old = addCommune("Xã Ia Thử");
        String successor = addCommune("Xã Chư Thử");
        String unit = "IT." + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.as("quantri", () -> administration().add(new NewAgencyDto(old, unit, "Bộ phận một cửa xã Ia Thử",
                AgencyKind.ONE_STOP_DESK, null, LocalDate.of(2020, 1, 1))));

        SignedIn.as("quantri", () -> {
            administration().merge(old, version(old), successor, LocalDate.of(2025, 6, 30));
            return null;
        });

        List<AgencyDto> managed = SignedIn.as("quantri", () -> administration().managed());
        AgencyDto merged = managed.stream().filter(a -> a.code().equals(old)).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 30), merged.activeUntil(), "retired, still listed and readable");
        assertEquals(successor, managed.stream().filter(a -> a.code().equals(unit)).findFirst().orElseThrow().parentCode());
        List<AgencyChangeDto> history = SignedIn.as("quantri", () -> administration().history(old));
        assertTrue(history.stream().anyMatch(c -> c.kind().equals("MERGED") && c.detail().contains(successor)));
        assertTrue(history.stream().anyMatch(c -> c.kind().equals("CREATED")));
    }

    @Test
    void impossibleReorganisationsAreRefused() throws Exception {
        String commune = addCommune("Xã Kông Thử");
        String unit = "IT." + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.as("quantri", () -> administration().add(new NewAgencyDto(commune, unit, "Văn phòng xã",
                AgencyKind.DEPARTMENT, null, LocalDate.of(2020, 1, 1))));
        assertEquals("agency.moveBelowItself", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().move(commune, version(commune), unit, null);
            return null;
        })).getMessageKey());
        assertEquals("agency.hasActiveChildren", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().retire(commune, version(commune), LocalDate.of(2025, 6, 30));
            return null;
        })).getMessageKey());
        assertEquals("agency.outOfScope", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().rename("000.00.00.H21", 0, "Tỉnh khác", null);
            return null;
        })).getMessageKey());
        long seen = version(commune);
        SignedIn.as("quantri", () -> {
            administration().rename(commune, seen, "Xã Kông Thử Mới", null);
            return null;
        });
        assertEquals("record.concurrentEdit", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().rename(commune, seen, "Ghi đè tên cũ", null);
            return null;
        })).getMessageKey());
        assertEquals("agency.codeTaken", assertThrows(BusinessException.class, () -> SignedIn.as("quantri",
                () -> administration().add(new NewAgencyDto(DISTRICT, commune, "Trùng mã", AgencyKind.COMMUNE, null,
                        LocalDate.of(2020, 1, 1))))).getMessageKey());
    }
}
