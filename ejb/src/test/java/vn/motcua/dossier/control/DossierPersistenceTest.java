package vn.motcua.dossier.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.agency.entity.Agency;
import vn.motcua.catalog.entity.Channel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierEvent;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.dossier.entity.LookupPin;
import vn.motcua.shared.entity.InMemoryDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dossier and its journal survive the real mappings and migrations (V10) and are read back intact. */
class DossierPersistenceTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");
    private final InMemoryDatabase database = new InMemoryDatabase();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReceivedAndForwardedDossierIsStoredWithAVerifiableJournal() {
        database.withDemoOffice(RECEIVED);
        String code = database.inTransaction(em -> {
            Agency desk = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", "000.01.19.H21")
                    .getSingleResult();
            Procedure procedure = em.createQuery("SELECT p FROM Procedure p WHERE p.code = :code", Procedure.class)
                    .setParameter("code", "1.000948.H21").getSingleResult();
            Applicant applicant = new Applicant(Applicant.Kind.PERSON, "Nguyễn Thị Ánh Tuyết", Applicant.IdKind.CITIZEN_ID,
                    "064190001234");
            em.persist(applicant);
            int number = new DailyCounter(em).next(desk.getCode(), LocalDate.of(2026, 3, 2));
            Dossier dossier = Dossier.receive(new DossierCodes(DossierCodes.CIRCULAR_01_2018)
                            .format(desk.getCode(), LocalDate.of(2026, 3, 2), null, number),
                    procedure, desk, Channel.IN_PERSON, applicant, null, RECEIVED, RECEIVED.plusSeconds(8 * 3600),
                    LookupPin.of("482913", new byte[32]), 1, "Thế chấp tại Ngân hàng Nông nghiệp");
            em.persist(dossier);
            dossier.forward(1, "Chuyển Chi nhánh Văn phòng Đăng ký đất đai", RECEIVED.plusSeconds(600));
            new EventChain().journal(em, dossier, "tiepnhan", null);
            return dossier.getCode().toString();
        });

        database.inTransaction(em -> {
            Dossier read = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code).getSingleResult();
            assertEquals(DossierStatus.IN_PROGRESS, read.getStatus());
            assertEquals("Nguyễn Thị Ánh Tuyết", read.getApplicant().getFullName());
            assertTrue(read.getPin().matches("482913", new byte[32]));
            List<DossierEvent> events = em.createNamedQuery("DossierEvent.ofDossier", DossierEvent.class)
                    .setParameter("dossier", read).getResultList();
            assertEquals(2, events.size());
            assertTrue(new EventChain().verify(events).intact());
            return null;
        });

        database.inTransaction(em -> em.createNativeQuery("UPDATE dossier_event SET note = 'sửa lén' WHERE sequence_no = 2")
                .executeUpdate());
        database.inTransaction(em -> {
            Dossier read = em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code).getSingleResult();
            em.refresh(read);
            List<DossierEvent> events = em.createNamedQuery("DossierEvent.ofDossier", DossierEvent.class)
                    .setParameter("dossier", read).getResultList();
            events.forEach(em::refresh);
            EventChain.Report report = new EventChain().verify(events);
            assertFalse(report.intact());
            assertEquals(List.of(2), report.altered());
            return null;
        });
    }
}
