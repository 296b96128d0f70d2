package vn.motcua.notification.control;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented HTTP protocol, against a JDK HTTP server on a loopback port. */
class HttpSmsGatewayTest {

    private static final String TEXT = "Hồ sơ 000.01.19.H21-260302-0001 đã có kết quả. Mời ông/bà đến nhận.";

    /** What the gateway received, one entry per request. */
    private record Received(String method, String path, String authorization, String contentType, String body) {
    }

    private final List<Received> received = new ArrayList<>();
    private HttpServer server;
    private int status = 202;
    private String answer = "{\"id\":\"sms-1\"}";

    private URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sms", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheNumberAndTextAsJsonWithTheBearerToken() throws IOException {
        new HttpSmsGateway(start(), " s3cr3t-token ", null).send("0912345678", TEXT);

        assertEquals(1, received.size());
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/sms", request.path());
        assertEquals("Bearer s3cr3t-token", request.authorization());
        assertEquals("application/json; charset=UTF-8", request.contentType());
        JsonObject body = Json.createReader(new StringReader(request.body())).readObject();
        assertEquals(Map.of("to", "0912345678", "text", TEXT), Map.of("to", body.getString("to"),
                "text", body.getString("text")));
        assertEquals(2, body.size(), "nothing else is sent");
    }

    @Test
    void withoutATokenNoAuthorizationIsSent() throws IOException {
        new HttpSmsGateway(start(), "", null).send("0912345678", "x");
        assertNull(received.get(0).authorization());
    }

    @Test
    void anAnswerOutside2xxIsAFailureNamingTheStatus() throws IOException {
        status = 500;
        answer = "{\"error\":\"operator unavailable\"}";
        HttpSmsGateway gateway = new HttpSmsGateway(start(), "t", null);
        IOException failure = assertThrows(IOException.class, () -> gateway.send("0912345678", TEXT));
        assertEquals("SMS gateway answered 500: {\"error\":\"operator unavailable\"}", failure.getMessage());

        status = 302;
        answer = "";
        assertThrows(IOException.class, () -> gateway.send("0912345678", TEXT), "a redirect is not followed");
        assertEquals(2, received.size());
    }

    @Test
    void noGatewayListeningIsAFailure() throws IOException {
        URI url = start();
        server.stop(0);
        server = null;
        assertThrows(IOException.class, () -> new HttpSmsGateway(url, null, null).send("0912345678", TEXT));
    }

    @Test
    void theGatewayIsChosenByWhetherAnAddressIsConfigured() {
        assertInstanceOf(LoggingSmsGateway.class, SmsGateways.configured(name -> null, null));
        assertInstanceOf(LoggingSmsGateway.class, SmsGateways.configured(name -> " ", null));
        SmsGateway http = SmsGateways.configured(name -> name.equals("motcua.sms.url") ? "https://sms.example.vn/send"
                : "token", null);
        assertInstanceOf(HttpSmsGateway.class, http);
        assertTrue(http.toString().contains("https://sms.example.vn/send"));
        assertEquals("091*****78", LoggingSmsGateway.masked("0912345678"));
    }
}
