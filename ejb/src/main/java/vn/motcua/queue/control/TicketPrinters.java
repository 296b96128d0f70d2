package vn.motcua.queue.control;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network thermal printer of each kiosk: motcua.queue.printer.&lt;kiosk id&gt; = host or host:port
 * (raw TCP, port 9100 by default). Bytes are written and the connection closed; a printer that is off or
 * unreachable fails within the timeouts (motcua.queue.printer-timeout-ms, 3000).
 */
public final class TicketPrinters {

    private static final Pattern KIOSK = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final int TIMEOUT = Integer.getInteger("motcua.queue.printer-timeout-ms", 3000);

    private TicketPrinters() {
    }

    /** The configured address of a kiosk's printer, if any. */
    public static Optional<String> addressOf(String kiosk) {
        if (kiosk == null || !KIOSK.matcher(kiosk).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(System.getProperty("motcua.queue.printer." + kiosk)).filter(s -> !s.isBlank());
    }

    /** Sends the bytes; IOException when the printer cannot be reached or the address is malformed. */
    public static void send(String address, byte[] escPos) throws IOException {
        String host = address.strip();
        int port = 9100;
        int colon = host.lastIndexOf(':');
        if (colon > 0) {
            try {
                port = Integer.parseInt(host.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IOException("printer address is not host:port: " + address);
            }
            host = host.substring(0, colon);
        }
        if (port < 1 || port > 65535 || host.isEmpty()) {
            throw new IOException("printer address is not host:port: " + address);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT);
            socket.setSoTimeout(TIMEOUT);
            OutputStream out = socket.getOutputStream();
            out.write(escPos);
            out.flush();
        }
    }
}
