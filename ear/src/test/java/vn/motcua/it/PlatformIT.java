package vn.motcua.it;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.agency.entity.Agency;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.audit.boundary.AuditEventMessage;
import vn.motcua.it.probe.AdminProbe;
import vn.motcua.it.probe.ReceptionProbe;
import vn.motcua.it.probe.TransactionProbe;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Persistence, messaging, batch and EJB security on the real server, through the real EAR. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(PlatformIT.class, Deployments.class);
    }

    private static <T> T lookup(Class<T> bean) {
        try {
            return bean.cast(new InitialContext().lookup("java:global/motcua/motcua-it/" + bean.getSimpleName()));
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    @Test
    void theProviderIsEclipseLink() {
        String provider = lookup(TransactionProbe.class).providerOf();
        assertTrue(provider.startsWith("org.eclipse.persistence"), provider);
        assertTrue(provider.contains("|org.eclipse.persistence"), provider);
    }

    @Test
    void anEjbPersistsAndReadsBackAnEntity() {
        TransactionProbe probe = lookup(TransactionProbe.class);
        String code = "IT." + UUID.randomUUID().toString().substring(0, 8);
        probe.persist(new Agency(code, "Xã Thử Nghiệm Ân Đức", AgencyKind.COMMUNE, null, LocalDate.of(2025, 7, 1)));
        Agency read = probe.findAgency(code).orElseThrow();
        assertEquals("Xã Thử Nghiệm Ân Đức", read.getName());
        assertEquals(AgencyKind.COMMUNE, read.getKind());
        assertTrue(read.getId() > 0, "an id drawn from the Flyway-created sequence");
    }

    @Test
    void aCommittedSendReachesTheConsumerAndARolledBackSendNever() throws Exception {
        TransactionProbe probe = lookup(TransactionProbe.class);
        AdminProbe admin = lookup(AdminProbe.class);
        String rolledBack = probe.recordAndRollBack("rollback-" + UUID.randomUUID());
        String committed = probe.recordAndCommit("commit-" + UUID.randomUUID());

        assertTrue(eventually(() -> admin.auditEvent(committed).isPresent()), "the committed event is stored by the MDB");
        Thread.sleep(1500);
        assertFalse(admin.auditEvent(rolledBack).isPresent(), "the rolled-back send was never delivered");
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterQueueAfterBoundedRedelivery() throws Exception {
        TransactionProbe probe = lookup(TransactionProbe.class);
        String marker = "poison-" + UUID.randomUUID();
        probe.sendRawAuditMessage("{ not json " + marker);
        assertTrue(eventually(() -> {
            try {
                return probe.deadLetterOrigin(marker).isPresent();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "parked in motcua.DLQ after the configured attempts, not looping");
        assertEquals("jms.queue.motcua.audit", probe.deadLetterOrigin(marker).orElseThrow());
    }

    @Test
    void aRedeliveredEventIsStoredOnce() {
        TransactionProbe probe = lookup(TransactionProbe.class);
        AuditEventMessage message = new AuditEventMessage(UUID.randomUUID().toString(), Instant.now(), "it",
                "IT_DUPLICATE", "twice", null);
        assertTrue(probe.store(message));
        assertFalse(probe.store(message));
    }

    @Test
    void theAuditExportJobStartedFromAnEjbWritesTheEventsAndTheirChecksum() throws Exception {
        TransactionProbe probe = lookup(TransactionProbe.class);
        AdminProbe admin = lookup(AdminProbe.class);
        String subject = "xuất-" + UUID.randomUUID();
        String eventId = probe.recordAndCommit(subject);
        assertTrue(eventually(() -> admin.auditEvent(eventId).isPresent()));

        LocalDate today = LocalDate.now(VIETNAM);
        long execution = admin.startAuditExport(today.minusDays(1), today);
        assertTrue(eventually(() -> admin.status(execution) == BatchStatus.COMPLETED
                || admin.status(execution) == BatchStatus.FAILED));
        assertEquals(BatchStatus.COMPLETED, admin.status(execution));

        Path csv = Path.of(admin.outputOf(execution));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.contains(subject), "the export holds the event, diacritics intact");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
        String written = Files.readString(Path.of(csv + ".sha256")).split("\\s+")[0];
        assertEquals(expected, written);
    }

    @Test
    void aReceptionOfficerCannotReadTheAuditLog() {
        Throwable refused = assertThrows(EJBException.class, () -> lookup(ReceptionProbe.class).readAuditLog());
        while (refused != null && !(refused instanceof EJBAccessException)) {
            refused = refused.getCause();
        }
        assertTrue(refused instanceof EJBAccessException, "refused for lack of the ADMIN role");
    }
}
