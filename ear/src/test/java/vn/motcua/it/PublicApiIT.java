package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.ReceptionOutcomeDto;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.control.PinKey;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.rating.control.RatingLinks;

import javax.naming.InitialContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog and the rating through the public JSON API, for a provincial portal or an app. */
@ExtendWith(ArquillianExtension.class)
class PublicApiIT {

    private static final String API = ServerAddress.app() + "api/v1/";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(PublicApiIT.class, Deployments.class);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(API + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(API + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCatalogInForceIsSearchableWithoutAccentsAndCacheable() throws Exception {
        HttpResponse<String> found = get("procedures?q=" + URLEncoder.encode("dang ky the chap", StandardCharsets.UTF_8));
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("1.000948.H21") && found.body().contains("Đăng ký thế chấp"), found.body());
        assertEquals("public, max-age=300", found.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> one = get("procedures/1.000948.H21");
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("Phiếu yêu cầu đăng ký thế chấp"), one.body());
        assertTrue(get("fields").body().contains("Đất đai"));
        HttpResponse<String> missing = get("procedures/9.999999.X");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Không có địa chỉ này"), missing.body());
    }

    @Test
    void aRatingNeedsTheRightTokenAndACollectedDossier() throws Exception {
        long version = ((CatalogQuery) new InitialContext().lookup("java:global/motcua/motcua-ejb/CatalogQuery"))
                .procedureByCode("1.000948.H21", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).orElseThrow().id();
        ReceptionRequestDto request = new ReceptionRequestDto(version, "000.01.19.H21", Channel.IN_PERSON,
                Applicant.Kind.PERSON, "Lê Văn Tám", Applicant.IdKind.CITIZEN_ID, "064190008899", "0905123456", null,
                "Xã Ia Blang", List.of(new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp", DocumentForm.ORIGINAL, 1)),
                1, null);
        ReceptionOutcomeDto dossier = SignedIn.as("tiepnhan", () -> ((DossierReception) new InitialContext()
                .lookup("java:global/motcua/motcua-ejb/DossierReception")).receive(request));
        String scores = "{\"PROCESSING_TIME\":2,\"TIME_PER_BODY\":2,\"CONTACTS\":2,\"BODIES_CONTACTED\":2,\"DESK_SERVICE\":2,"
                + "\"PUBLICATION\":2,\"STAFF_ATTITUDE\":2,\"FEEDBACK_HANDLING\":2,\"ONLINE_SERVICE\":2}";
        HttpResponse<String> forged = post("ratings", "{\"code\":\"" + dossier.dossierCode()
                + "\",\"token\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"scores\":" + scores + "}");
        assertEquals(404, forged.statusCode());
        assertTrue(forged.body().contains("không đúng"), forged.body());
        String token = new RatingLinks(PinKey.get()).token(dossier.dossierCode());
        HttpResponse<String> early = post("ratings", "{\"code\":\"" + dossier.dossierCode() + "\",\"token\":\"" + token
                + "\",\"scores\":" + scores + "}");
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("chưa trả kết quả"), early.body());
        assertEquals(400, post("ratings", "{\"code\":").statusCode());
    }
}
