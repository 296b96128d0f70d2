package vn.motcua.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser-like session (cookies, redirects) against the staff web, without script. */
final class StaffSession {

    record Page(int status, String body) {
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    StaffSession(URL base) throws Exception {
        this.base = base.toURI();
    }

    /** The session's cookies as a Cookie header, e.g. for a WebSocket handshake of the same officer. */
    String cookieHeader() {
        return cookies.getCookieStore().get(base).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    Page get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.body());
    }

    Page signIn(String username, String password) throws IOException, InterruptedException {
        Page login = get("login");
        Matcher viewState = VIEW_STATE.matcher(login.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no login form: " + login.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return post("login", form);
    }

    Page post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.body());
    }
}
