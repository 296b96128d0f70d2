package vn.motcua.it;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.identity.boundary.NewOfficerDto;
import vn.motcua.identity.boundary.OfficerAdministration;
import vn.motcua.identity.boundary.OfficerSummaryDto;
import vn.motcua.identity.entity.Role;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.shared.boundary.BusinessException;

import javax.naming.InitialContext;
import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account administration through the real boundary, signed in as the demo officers. */
@ExtendWith(ArquillianExtension.class)
class OfficerAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(OfficerAdministrationIT.class, Deployments.class, StaffSession.class,
                StaffSession.Page.class);
    }

    private static OfficerAdministration administration() throws Exception {
        return (OfficerAdministration) new InitialContext().lookup("java:global/motcua/motcua-ejb/OfficerAdministration");
    }

    private static String newUsername() {
        return "nv." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdministratorOpensAnAccountThatMustChangeItsPasswordAtFirstSignIn() throws Exception {
        String username = newUsername();
        SignedIn.as("quantri", () -> {
            administration().open(new NewOfficerDto(username, "Nguyễn Văn Bình", null, "000.01.19.H21",
                    Role.RECEPTION, "Tam-thoi-2026"));
            return null;
        });
        OfficerSummaryDto listed = SignedIn.as("quantri", () -> administration().officers()).stream()
                .filter(o -> o.username().equals(username)).findFirst().orElseThrow();
        assertTrue(listed.mustChangePassword());
        assertEquals("Bộ phận tiếp nhận và trả kết quả huyện Chư Sê", listed.agencyName());

        StaffSession session = new StaffSession(new URL(ServerAddress.app()));
        StaffSession.Page afterSignIn = session.signIn(username, "Tam-thoi-2026");
        assertTrue(afterSignIn.body().contains("Bạn cần đổi mật khẩu trước khi làm việc."), afterSignIn.body());
        StaffSession.Page elsewhere = session.get("index");
        assertTrue(elsewhere.body().contains("Bạn cần đổi mật khẩu trước khi làm việc."), "every page leads back");
    }

    @Test
    void anAdministratorCannotOpenAccountsOutsideTheAgenciesTheyAdminister() throws Exception {
        BusinessException refused = assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().open(new NewOfficerDto(newUsername(), "Trần Thị Mai", null, "000.00.00.H21",
                    Role.PROVINCE, "Tam-thoi-2026"));
            return null;
        }));
        assertEquals("agency.outOfScope", refused.getMessageKey());
    }

    @Test
    void badInputIsRefusedWithAMessageKey() throws Exception {
        assertEquals("officer.usernameTaken", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().open(new NewOfficerDto("tiepnhan", "Ai Đó", null, "000.01.19.H21", Role.RECEPTION, "Tam-thoi-2026"));
            return null;
        })).getMessageKey());
        assertEquals("password.tooShort", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().open(new NewOfficerDto(newUsername(), "Ai Đó", null, "000.01.19.H21", Role.RECEPTION, "abc1"));
            return null;
        })).getMessageKey());
        assertEquals("officer.fullNameInvalid", assertThrows(BusinessException.class, () -> SignedIn.as("quantri", () -> {
            administration().open(new NewOfficerDto(newUsername(), "<script>alert(1)</script>", null, "000.01.19.H21",
                    Role.RECEPTION, "Tam-thoi-2026"));
            return null;
        })).getMessageKey());
    }

    @Test
    void aReceptionOfficerCannotAdministerAccounts() {
        assertThrows(EJBAccessException.class, () -> SignedIn.as("tiepnhan", () -> administration().officers()));
    }
}
