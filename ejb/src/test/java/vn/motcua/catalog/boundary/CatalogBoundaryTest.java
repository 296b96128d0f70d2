package vn.motcua.catalog.boundary;

import vn.motcua.identity.entity.Officer;
import vn.motcua.setup.control.DemoOffice;
import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.audit.boundary.AuditTrail;
import vn.motcua.catalog.entity.ReleaseStatus;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's boundaries over the real mappings, named queries and migrations (InMemoryDatabase):
 * each call runs in its own transaction, as the container would.
 */
class CatalogBoundaryTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final List<String> audited = new ArrayList<>();

    /** Workflow steps are checked against real agencies and accounts: the demo office provides them. */
    @BeforeEach
    void seedTheOffice() {
        database.inTransaction(em -> new DemoOffice(em).load());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T admin(Function<CatalogAdministration, T> call) {
        return database.inTransaction(em -> {
            CatalogAdministration admin = new CatalogAdministration();
            admin.em = em;
            admin.clock = clock();
            admin.audit = new AuditTrail() {
                @Override
                public String record(String actor, String action, String subject, String detail) {
                    audited.add(actor + " " + action + " " + subject);
                    return action;
                }
            };
            admin.session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{SessionContext.class}, (proxy, method, args) -> (Principal) () -> "quantri");
            return call.apply(admin);
        });
    }

    private <T> T query(Function<CatalogQuery, T> call) {
        return database.inTransaction(em -> {
            CatalogQuery query = new CatalogQuery();
            query.em = em;
            query.clock = clock();
            return call.apply(query);
        });
    }

    private static Clock clock() {
        return Clock.fixed(ZonedDateTime.of(MARCH_1.atTime(9, 30), Clocks.VIETNAM).toInstant(), Clocks.VIETNAM);
    }

    private static byte[] demo() {
        try (InputStream in = CatalogBoundaryTest.class.getResourceAsStream("/catalog/demo-release.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] nextRelease() {
        return new String(demo(), StandardCharsets.UTF_8)
                .replace("GL-CHUSE-2025-01", "GL-CHUSE-2025-02")
                .replace("\"amount\": 10\n", "\"amount\": 9.5\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReleaseIsImportedPublishedFoundAndReplacedOnItsEffectiveDate() {
        ImportOutcomeDto first = admin(a -> a.importRelease("demo-release.json", demo()));
        assertTrue(first.isAccepted(), first.problems()::toString);
        assertEquals(24, first.procedureCount());
        assertEquals(24, first.diff().added().size());
        assertFalse(admin(a -> a.importRelease("demo-release.json", demo())).isAccepted());

        ReleaseDto stored = CatalogBoundaryTestSupport.reread(admin(a -> a.export("GL-CHUSE-2025-01", CatalogFileFormat.XLSX)));
        ReleaseDto original = CatalogBoundaryTestSupport.read(demo());
        assertEquals(original, stored, () -> "a stored release exports exactly as imported: "
                + vn.motcua.catalog.control.ReleaseDiff.between(original, stored));

        assertThrows(BusinessException.class, () -> admin(a -> a.publish("GL-CHUSE-2025-01", MARCH_1.minusDays(1))));
        assertEquals(ReleaseStatus.PUBLISHED, admin(a -> a.publish("GL-CHUSE-2025-01", MARCH_1)).status());

        assertEquals("GL-CHUSE-2025-01", query(q -> q.releaseInForceOn(MARCH_1)).orElseThrow().code());
        assertTrue(query(q -> q.releaseInForceOn(MARCH_1.minusDays(1))).isEmpty());
        List<ProcedureSummaryDto> found = query(q -> q.searchByName("dang ky the chap", MARCH_1));
        assertEquals(List.of("Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất"),
                found.stream().map(ProcedureSummaryDto::name).toList());
        assertEquals("Trong ngày, trước 15:00", found.get(0).term());
        assertEquals(2, query(q -> q.byField("HO_TICH", MARCH_1)).size());
        ProcedureVersionDto transfer = query(q -> q.procedureByCode("1.012781.H21", MARCH_1)).orElseThrow();

        ImportOutcomeDto second = admin(a -> a.importRelease("next.json", nextRelease()));
        assertTrue(second.isAccepted(), second.problems()::toString);
        assertEquals("GL-CHUSE-2025-01", second.diff().baseRelease());
        assertEquals(4, second.diff().changed().size(), second.diff()::toString);
        assertEquals(20, second.diff().unchanged());

        BusinessException tooEarly = assertThrows(BusinessException.class,
                () -> admin(a -> a.publish("GL-CHUSE-2025-02", MARCH_1)));
        assertEquals("catalog.publish.effectiveTooEarly", tooEarly.getMessageKey());
        admin(a -> a.publish("GL-CHUSE-2025-02", LocalDate.of(2025, 4, 1)));

        List<ReleaseSummaryDto> releases = admin(CatalogAdministration::releases);
        ReleaseSummaryDto old = releases.stream().filter(r -> r.code().equals("GL-CHUSE-2025-01")).findFirst().orElseThrow();
        assertEquals(ReleaseStatus.SUPERSEDED, old.status());
        assertEquals(LocalDate.of(2025, 4, 1), old.supersededFrom());
        assertEquals(24, old.procedureCount());
        assertEquals("GL-CHUSE-2025-01", query(q -> q.releaseInForceOn(LocalDate.of(2025, 3, 31))).orElseThrow().code());
        assertEquals("GL-CHUSE-2025-02", query(q -> q.releaseInForceOn(LocalDate.of(2025, 4, 1))).orElseThrow().code());
        ProcedureVersionDto newTransfer = query(q -> q.procedureByCode("1.012781.H21", LocalDate.of(2025, 4, 1)))
                .orElseThrow();
        assertEquals("9.5", newTransfer.procedure().term().amount().toPlainString());
        assertEquals(transfer, query(q -> q.procedureVersion(transfer.id())).orElseThrow(),
                "a dossier's procedure version never changes");

        BusinessException published = assertThrows(BusinessException.class,
                () -> admin(a -> { a.discard("GL-CHUSE-2025-02"); return null; }));
        assertEquals("catalog.release.notDraft", published.getMessageKey());
        assertTrue(audited.contains("quantri CATALOG_PUBLISHED GL-CHUSE-2025-02"), audited::toString);
    }

    @Test
    void aReleaseWhoseStepsNoOneCanWorkIsRefused() {
        database.inTransaction(em -> {
            em.createNamedQuery("Officer.findByUsername", Officer.class).setParameter("username", "yte")
                    .getSingleResult().disable();
            return null;
        });
        byte[] moved = new String(demo(), StandardCharsets.UTF_8).replace("000.06.19.H21", "000.99.19.H21")
                .getBytes(StandardCharsets.UTF_8);
        ImportOutcomeDto outcome = admin(a -> a.importRelease("demo-release.json", moved));
        assertFalse(outcome.isAccepted());
        assertTrue(outcome.problems().stream().anyMatch(p -> p.messageKey().equals("catalog.workflow.unknownAgency")
                && p.args().contains("000.99.19.H21")), outcome.problems()::toString);
        assertTrue(outcome.problems().stream().anyMatch(p -> p.messageKey().equals("catalog.workflow.noOfficer")
                && p.args().contains("000.07.19.H21") && p.args().contains("SPECIALIST")), outcome.problems()::toString);
        assertTrue(query(q -> q.releaseInForceOn(MARCH_1)).isEmpty(), "nothing stored");
    }

    @Test
    void aDraftCanBeDiscardedAndFieldsDefined() {
        byte[] third = new String(demo(), StandardCharsets.UTF_8).replace("GL-CHUSE-2025-01", "GL-THU-NGHIEM")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(admin(a -> a.importRelease("thu.json", third)).isAccepted());
        admin(a -> { a.discard("GL-THU-NGHIEM"); return null; });
        assertTrue(admin(CatalogAdministration::releases).stream().noneMatch(r -> r.code().equals("GL-THU-NGHIEM")));

        assertEquals(new FieldDto("NONG_NGHIEP", "Nông nghiệp"), admin(a -> a.defineField("NONG_NGHIEP", "Nông nghiệp")));
        assertEquals("catalog.field.codeTaken", assertThrows(BusinessException.class,
                () -> admin(a -> a.defineField("DAT_DAI", "Đất đai"))).getMessageKey());
        assertTrue(query(CatalogQuery::fields).contains(new FieldDto("NONG_NGHIEP", "Nông nghiệp")));
        assertEquals(9, query(CatalogQuery::fields).size());
    }
}
