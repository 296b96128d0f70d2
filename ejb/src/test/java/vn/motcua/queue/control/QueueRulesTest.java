package vn.motcua.queue.control;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void theWaitIsThePeopleAheadAtTodaysServiceTimeShared() {
        assertEquals(0, WaitEstimate.minutes(0, Duration.ofMinutes(5), 2));
        assertEquals(15, WaitEstimate.minutes(6, Duration.ofMinutes(5), 2));
        assertEquals(1, WaitEstimate.minutes(1, Duration.ofSeconds(10), 3), "never 0 with someone ahead");
        assertEquals(30, WaitEstimate.minutes(5, null, 1), "the default 6 minutes before any service today");
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> values = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(5.0, QueueFigures.percentile(values, 50));
        assertEquals(9.0, QueueFigures.percentile(values, 90));
        assertEquals(10.0, QueueFigures.percentile(values, 100));
        assertEquals(0.0, QueueFigures.percentile(List.of(), 90));
        QueueFigures figures = new QueueFigures();
        figures.add(true, false, NOW, NOW.plusSeconds(600), NOW.plusSeconds(660), NOW.plusSeconds(960));
        figures.add(false, true, NOW, NOW.plusSeconds(120), null, NOW.plusSeconds(200));
        figures.add(false, false, NOW, null, null, null);
        assertEquals(3, figures.issued());
        assertEquals(1, figures.served());
        assertEquals(1, figures.noShows());
        assertEquals(10.0, figures.waitMax());
        assertEquals(5.0, figures.serviceMedian());
    }

    @Test
    void aKioskTokenIsAcceptedOnceSignedAndFreshAndOnlyForItsKiosk() {
        KioskSignature signature = new KioskSignature(new byte[32]);
        String token = signature.token("K1", NOW);
        assertNotNull(signature.verify("K1", token, NOW.plusSeconds(60)));
        assertNull(signature.verify("K2", token, NOW), "another kiosk's token");
        assertNull(signature.verify("K1", token, NOW.plus(Duration.ofHours(2))), "a stale page");
        assertNull(signature.verify("K1", token.substring(0, token.length() - 2) + "xx", NOW), "a forged signature");
        assertNull(signature.verify("K1", "0123456789abcdef01234567." + NOW.getEpochSecond() + ".abc", NOW));
        assertNull(new KioskSignature(new byte[32]).verify("K1", null, NOW));
    }

    @Test
    void theSlipIsARasterImageAndAQrCodeInEscPos() {
        byte[] bytes = TicketSlip.escPos(new TicketSlip.Content("Bộ phận tiếp nhận và trả kết quả huyện Chư Sê",
                "Tư pháp – hộ tịch", "B012", "08:15 30/11/2026", 3, "Số người đang chờ trước bạn: 3", "http://x/board"));
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(latin.startsWith("\u001B@"), "reset first");
        int raster = latin.indexOf("\u001Dv0");
        assertTrue(raster > 0, "a raster image (GS v 0)");
        int widthBytes = (bytes[raster + 4] & 0xFF) | (bytes[raster + 5] & 0xFF) << 8;
        assertEquals(TicketSlip.WIDTH / 8, widthBytes);
        assertTrue(latin.contains("\u001D(k") && latin.contains("http://x/board"), "the QR is stored and printed");
        assertTrue(latin.lastIndexOf("\u001DV") > latin.indexOf("http://x/board"), "cut last");
        BufferedImage image = TicketSlip.image(new TicketSlip.Content("Ủy ban", "Đất đai", "A001", "07:00", 0, "ữ", null));
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        assertTrue(dark > 1000, "the text was drawn");
    }
}
