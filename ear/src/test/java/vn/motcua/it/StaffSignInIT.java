package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, lockout and page-level role checks over HTTP, as a browser without script would do them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void everyStaffPageAsksForSignInFirst() throws Exception {
        StaffSession anonymous = new StaffSession(base);
        StaffSession.Page page = anonymous.get("index");
        assertTrue(page.body().contains("Đăng nhập dành cho cán bộ, công chức"), page.body());
        assertFalse(page.body().contains("Xin chào"));
    }

    @Test
    void aReceptionOfficerSignsInAndIsRefusedAdministrationPages() throws Exception {
        StaffSession reception = new StaffSession(base);
        assertTrue(reception.signIn("tiepnhan", "MotCua@2026").body().contains("Xin chào, Nguyễn Thị Lan"));
        StaffSession.Page admin = reception.get("admin/audit");
        assertEquals(403, admin.status());
        assertTrue(admin.body().contains("Bạn không có quyền truy cập trang này."), admin.body());
        assertFalse(admin.body().contains("at vn.motcua"), "no stack trace");
    }

    @Test
    void anAdministratorOpensTheAuditLog() throws Exception {
        StaffSession admin = new StaffSession(base);
        admin.signIn("quantri", "MotCua@2026");
        StaffSession.Page page = admin.get("admin/audit");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("SIGN_IN"), "the sign-in just made is in the log");
    }

    @Test
    void aWrongPasswordIsRefusedInVietnameseAndFiveLockTheAccount() throws Exception {
        StaffSession guesser = new StaffSession(base);
        StaffSession.Page page = guesser.signIn("tuphap", "sai-mat-khau-1");
        assertTrue(page.body().contains("Tên đăng nhập hoặc mật khẩu không đúng.")
                || page.body().contains("Tài khoản tạm khóa"), page.body());
        for (int i = 2; i <= 5; i++) {
            guesser.signIn("tuphap", "sai-mat-khau-" + i);
        }
        StaffSession.Page locked = new StaffSession(base).signIn("tuphap", "MotCua@2026");
        assertTrue(locked.body().contains("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần"), locked.body());
        assertFalse(locked.body().contains("Xin chào"));
    }

    @Test
    void anUnknownPageShowsTheVietnamese404() throws Exception {
        StaffSession session = new StaffSession(base);
        session.signIn("vanthu", "MotCua@2026");
        StaffSession.Page page = session.get("khong-co-trang-nay");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Không tìm thấy trang bạn yêu cầu."), page.body());
    }

    @Test
    void aStaleOrForgedFormPostShowsTheExpiredPageNotAStackTrace() throws Exception {
        StaffSession session = new StaffSession(base);
        session.signIn("chuyenvien", "MotCua@2026");
        StaffSession.Page page = session.post("account/password", java.util.Map.of(
                "passwordForm", "passwordForm",
                "passwordForm:current", "x", "passwordForm:chosen", "y", "passwordForm:confirmation", "y",
                "jakarta.faces.ViewState", "-123:forged"));
        assertTrue(page.body().contains("Phiên làm việc đã hết hạn hoặc trang đã cũ."), page.body());
        assertFalse(page.body().contains("at vn.motcua") || page.body().contains("at jakarta."), "no stack trace");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        StaffSession session = new StaffSession(base);
        session.signIn("lanhdao", "MotCua@2026");
        session.get("logout");
        assertTrue(session.get("index").body().contains("Đăng nhập dành cho cán bộ, công chức"));
    }
}
