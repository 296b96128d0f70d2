package vn.motcua.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.it.probe.QueueProbe;
import vn.motcua.it.probe.SignedIn;
import vn.motcua.queue.boundary.CounterConsole;
import vn.motcua.queue.boundary.IssuedTicketDto;
import vn.motcua.queue.entity.PrintStatus;
import vn.motcua.queue.entity.Ticket;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls reach the display boards over JMS and WebSocket; tickets reach a (fake) network printer as ESC/POS. */
@ExtendWith(ArquillianExtension.class)
class QueueBoardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithProbes(QueueBoardIT.class, QueueIT.class, Deployments.class);
    }

    @BeforeEach
    void openTheDesk() throws Exception {
        QueueIT.probe().openAllDay();
        QueueIT.probe().clearSeats();
        QueueIT.probe().clearWaiting();
    }

    /** A JDK WebSocket client, as a board: every text message it receives, in order. */
    static final class Board implements WebSocket.Listener {
        final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        static Board connect(String desk) throws Exception {
            Board board = new Board();
            HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(ServerAddress.app().replace("http://", "ws://") + "board-socket/" + desk), board)
                    .get(10, TimeUnit.SECONDS);
            return board;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        JsonObject next() throws InterruptedException {
            JsonObject message = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(message, "nothing reached the board");
            return message;
        }
    }

    @Test
    void aBoardGetsTheStateOnConnectingThenEveryCallOfItsDesk() throws Exception {
        long three = QueueIT.probe().counterId(3);
        IssuedTicketDto ticket = QueueIT.issue("K1", "B", null);
        Board board = Board.connect(QueueIT.DESK);
        JsonObject state = board.next();
        assertEquals("STATE", state.getString("kind"));
        // the demo desk's five counters, and any another test added to it
        assertTrue(state.getJsonArray("counters").size() >= 5, state.toString());
        SignedIn.as("tiepnhan", () -> { QueueIT.bean(CounterConsole.class).sit(three); return null; });
        SignedIn.as("tiepnhan", () -> QueueIT.bean(CounterConsole.class).callNext(three));
        JsonObject call = board.next();
        assertEquals("CALL", call.getString("kind"));
        assertEquals(ticket.label(), call.getString("label"));
        assertEquals(3, call.getInt("counter"));
        SignedIn.as("tiepnhan", () -> { QueueIT.bean(CounterConsole.class).skip(three); return null; });
        SignedIn.as("tiepnhan", () -> { QueueIT.bean(CounterConsole.class).pause(three); return null; });
        assertEquals("PAUSE", board.next().getString("kind"));
        SignedIn.as("tiepnhan", () -> { QueueIT.bean(CounterConsole.class).resume(three); return null; });
        assertEquals("RESUME", board.next().getString("kind"));

        Board again = Board.connect(QueueIT.DESK);
        JsonObject reconnected = again.next();
        assertEquals("STATE", reconnected.getString("kind"), "a board that reconnects is told the present first");
        assertEquals(ticket.label(), reconnected.getJsonArray("recent").getJsonObject(0).getString("label"));
    }

    @Test
    void aTicketIsPrintedAsARasterImageAndAQrCodeOnTheKiosksPrinter() throws Exception {
        try (ServerSocket printer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            printer.setSoTimeout(20_000);
            System.setProperty("motcua.queue.printer.IT-PRN", "127.0.0.1:" + printer.getLocalPort());
            IssuedTicketDto ticket = QueueIT.issue("IT-PRN", "A", null);
            assertTrue(ticket.printerConfigured());
            byte[] bytes;
            try (Socket connection = printer.accept(); InputStream in = connection.getInputStream()) {
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                in.transferTo(captured);
                bytes = captured.toByteArray();
            }
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            assertTrue(latin.startsWith("\u001B@"), "ESC @ first");
            assertTrue(latin.contains("\u001Dv0"), "the Vietnamese text as a raster image (GS v 0)");
            assertTrue(latin.contains("\u001D(k") && latin.contains("/board?desk=000.01.19.H21"), "a QR code (GS ( k)");
            assertTrue(latin.lastIndexOf("\u001DV") > latin.indexOf("/board?desk=000.01.19.H21"), "the paper is cut after the QR");
            assertFalse(latin.contains(ticket.label()), "no text sent in a code page: everything is drawn");
            assertEquals(PrintStatus.PRINTED, awaitPrint(ticket.id(), PrintStatus.PRINTED).getPrintStatus());
        } finally {
            System.clearProperty("motcua.queue.printer.IT-PRN");
        }
    }

    @Test
    void aMissingOrOfflinePrinterNeverLosesTheTicketAndTheFailureShows() throws Exception {
        IssuedTicketDto unconfigured = QueueIT.issue("NO-PRINTER", "A", null);
        assertFalse(unconfigured.printerConfigured(), "the kiosk says so on screen");
        Ticket failed = awaitPrint(unconfigured.id(), PrintStatus.FAILED);
        assertEquals(1, failed.getPrintAttempts(), "nothing to retry without an address");

        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        System.setProperty("motcua.queue.printer.OFFLINE", "127.0.0.1:" + closedPort);
        try {
            IssuedTicketDto offline = QueueIT.issue("OFFLINE", "A", null);
            Ticket gaveUp = awaitPrint(offline.id(), PrintStatus.FAILED);
            assertEquals(3, gaveUp.getPrintAttempts(), "tried a bounded number of times");
            assertTrue(gaveUp.getPrintError().contains("127.0.0.1"), gaveUp.getPrintError());
            long one = QueueIT.probe().counterId(1);
            SignedIn.as("tiepnhan", () -> { QueueIT.bean(CounterConsole.class).sit(one); return null; });
            assertTrue(SignedIn.as("tiepnhan", () -> QueueIT.bean(CounterConsole.class).console()).printFailures()
                    .contains(offline.label()), "the failure shows on the counter console");
            String next = SignedIn.as("tiepnhan", () -> QueueIT.bean(CounterConsole.class).callNext(one)).label();
            assertTrue(java.util.Set.of(unconfigured.label(), offline.label()).contains(next), "the tickets are still in line: " + next);
        } finally {
            System.clearProperty("motcua.queue.printer.OFFLINE");
        }
    }

    private static Ticket awaitPrint(long ticketId, PrintStatus expected) throws Exception {
        for (int i = 0; i < 300; i++) {
            Ticket ticket = QueueIT.probe().ticket(ticketId);
            if (ticket.getPrintStatus() == expected) {
                return ticket;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ticket " + ticketId + " never reached print status " + expected);
    }
}
