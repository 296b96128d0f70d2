package vn.motcua.it;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.dossier.boundary.ApplicantDto;
import vn.motcua.dossier.boundary.DelegateDto;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.dossier.boundary.ReceptionOutcomeDto;
import vn.motcua.dossier.boundary.ReceptionRequestDto;
import vn.motcua.dossier.boundary.SubmittedDocumentDto;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.shared.boundary.BusinessException;

import javax.naming.InitialContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reception at the desk through the real boundary: code, appointment, journal, receipt; bad input stores nothing. */
@ExtendWith(ArquillianExtension.class)
class DossierReceptionIT {

    private static final String DESK = "000.01.19.H21";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(DossierReceptionIT.class, Deployments.class);
    }

    private static <T> T bean(Class<T> type) throws Exception {
        return type.cast(new InitialContext().lookup("java:global/motcua/motcua-ejb/" + type.getSimpleName()));
    }

    private static ReceptionRequestDto securedTransaction(String idNumber) throws Exception {
        long version = bean(CatalogQuery.class).procedureByCode("1.000948.H21", LocalDate.now(VIETNAM)).orElseThrow().id();
        return new ReceptionRequestDto(version, DESK, Channel.IN_PERSON, Applicant.Kind.PERSON, "Nguyễn Thị Ánh Tuyết",
                Applicant.IdKind.CITIZEN_ID, idNumber, "0905123456", null, "Xã Ia Blang, huyện Chư Sê, tỉnh Gia Lai",
                List.of(new SubmittedDocumentDto("Phiếu yêu cầu đăng ký thế chấp", DocumentForm.ORIGINAL, 1)), 1,
                "Thế chấp tại Ngân hàng Nông nghiệp");
    }

    @Test
    void aSecuredTransactionIsReceivedWithACodeAnAppointmentAtClosingTimeAndAReceipt() throws Exception {
        ReceptionOutcomeDto outcome = SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(securedTransaction("064190001234")));
        String today = LocalDate.now(VIETNAM).format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        assertTrue(outcome.dossierCode().matches("000\\.01\\.19\\.H21-" + today + "-\\d{4}"), outcome.dossierCode());
        assertEquals(6, outcome.lookupPin().length());
        assertEquals(LocalTime.of(17, 0), outcome.appointmentAt().atZone(VIETNAM).toLocalTime(),
                "a same-day dossier is due at the end of a working day (before 15:00: today, else the next)");
        assertTrue(new String(outcome.receiptPdf(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void aReturningApplicantIsFoundByIdNumberAndADelegateIsChecked() throws Exception {
        SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(securedTransaction("064190007777")));
        List<ApplicantDto> found = SignedIn.as("tiepnhan", () -> bean(DossierReception.class).returningApplicants("0641 9000 7777"));
        assertEquals(1, found.size());
        assertEquals("Nguyễn Thị Ánh Tuyết", found.get(0).name());
        assertTrue(SignedIn.as("tiepnhan", () -> bean(DossierReception.class).returningApplicants("0905123456")).size() >= 1,
                "by mobile phone too");
        ReceptionRequestDto base = securedTransaction("064190007778");
        ReceptionRequestDto badDelegate = new ReceptionRequestDto(base.procedureVersionId(), DESK, Channel.IN_PERSON,
                Applicant.Kind.PERSON, base.applicantName(), Applicant.IdKind.CITIZEN_ID, "064190007778", null, null, null,
                base.documents(), 1, null, new DelegateDto("Trần Văn Bảo", "123", null));
        assertEquals("applicant.citizenId.invalid", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> bean(DossierReception.class).receive(badDelegate))).getMessageKey());
        assertTrue(SignedIn.as("tiepnhan", () -> bean(DossierReception.class).returningApplicants("064190007778")).isEmpty(),
                "the refused reception left no applicant behind");
    }

    @Test
    void concurrentReceptionsGetUniqueConsecutiveCodes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ReceptionRequestDto request = securedTransaction(String.format("0641900056%02d", i));
            Callable<String> one = () -> SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(request)).dossierCode();
            codes.add(pool.submit(one));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<String> code : codes) {
            String value = code.get();
            numbers.add(Integer.parseInt(value.substring(value.lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        numbers.sort(Integer::compare);
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "no duplicate, no gap: " + numbers);
        }
    }

    @Test
    void theSameNewApplicantAtSeveralDesksAtOnceIsRegisteredOnceAndEveryDossierIsReceived() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> attempts = new ArrayList<>();
        ReceptionRequestDto request = securedTransaction("064190008888");
        for (int i = 0; i < 6; i++) {
            attempts.add(pool.submit(() -> {
                try {
                    return SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(request)).dossierCode();
                } catch (BusinessException clash) {
                    assertEquals(DossierReception.APPLICANT_REGISTERED_MEANWHILE, clash.getMessageKey());
                    // what the desk's screen does: save once more, and the applicant is found
                    return SignedIn.as("tiepnhan", () -> bean(DossierReception.class).receive(request)).dossierCode();
                }
            }));
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Future<String> attempt : attempts) {
            codes.add(attempt.get());
        }
        pool.shutdown();
        assertEquals(6, codes.size(), "every reception acknowledged once, with its own code: " + codes);
        assertEquals(1, SignedIn.as("tiepnhan", () -> bean(DossierReception.class).returningApplicants("064190008888")).size(),
                "one applicant row for the one person");
    }

    @Test
    void badInputIsRefusedInVietnameseAndStoresNothing() throws Exception {
        assertEquals("applicant.citizenId.invalid", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> bean(DossierReception.class).receive(securedTransaction("12345")))).getMessageKey());
        ReceptionRequestDto scripted = securedTransaction("064190009999");
        ReceptionRequestDto withScript = new ReceptionRequestDto(scripted.procedureVersionId(), DESK, Channel.IN_PERSON,
                Applicant.Kind.PERSON, "<script>alert(1)</script>", Applicant.IdKind.CITIZEN_ID, "064190009999",
                null, null, null, scripted.documents(), 1, null);
        assertEquals("applicant.name.invalidCharacters", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> bean(DossierReception.class).receive(withScript))).getMessageKey());
        ReceptionRequestDto nothingTicked = new ReceptionRequestDto(scripted.procedureVersionId(), DESK, Channel.IN_PERSON,
                Applicant.Kind.PERSON, "Lê Văn Tám", Applicant.IdKind.CITIZEN_ID, "064190009998", null, null, null,
                List.of(), 1, null);
        assertEquals("dossier.documentsRequired", assertThrows(BusinessException.class, () -> SignedIn.as("tiepnhan",
                () -> bean(DossierReception.class).receive(nothingTicked))).getMessageKey());
        assertThrows(EJBAccessException.class, () -> SignedIn.as("yte",
                () -> bean(DossierReception.class).receive(securedTransaction("064190001111"))));
    }
}
