package vn.motcua.notification.control;

import jakarta.json.Json;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * An SMS gateway reached over HTTP, one request per message:
 * <pre>
 * POST {motcua.sms.url}
 * Authorization: Bearer {motcua.sms.token}        (left out when no token is set)
 * Content-Type: application/json; charset=UTF-8
 *
 * {"to": "0912345678", "text": "Hồ sơ 000.01.19.H21-260302-0001 đã có kết quả. …"}
 * </pre>
 * Any 2xx answer means the gateway accepted the message; any other status, or no answer within
 * {@value #TIMEOUT_SECONDS} seconds, is an {@link IOException} naming the status and the start of the
 * answer, and the delivery is tried again. The number goes as the applicant gave it (ten digits with
 * the leading 0); the text in full Unicode, so the gateway must send it as UCS-2 to keep the accents.
 * HTTP/1.1, no redirects followed: an answer that moves elsewhere is a failure, not a new address.
 */
public class HttpSmsGateway implements SmsGateway {

    static final int TIMEOUT_SECONDS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);
    private static final int ANSWER_SHOWN = 200;

    private final URI url;
    private final String token;
    private final HttpClient client;

    /** {@code executor}: the server's managed executor, or null outside a server. */
    public HttpSmsGateway(URI url, String token, Executor executor) {
        this.url = Objects.requireNonNull(url, "url");
        this.token = token == null || token.isBlank() ? null : token.strip();
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT);
        if (executor != null) {
            builder.executor(executor);
        }
        this.client = builder.build();
    }

    @Override
    public void send(String phone, String text) throws IOException {
        String json = Json.createObjectBuilder().add("to", phone).add("text", text).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("SMS gateway call interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body().strip();
            throw new IOException("SMS gateway answered " + response.statusCode() + ": "
                    + (answer.length() > ANSWER_SHOWN ? answer.substring(0, ANSWER_SHOWN) + "…" : answer));
        }
    }

    @Override
    public String toString() {
        return "SMS gateway at " + url;
    }
}
