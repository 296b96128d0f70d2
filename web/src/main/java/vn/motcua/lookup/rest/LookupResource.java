package vn.motcua.lookup.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.lookup.boundary.DossierStatusDto;
import vn.motcua.lookup.boundary.LookupAnswerDto;
import vn.motcua.lookup.boundary.StatusLookup;
import vn.motcua.shared.rest.ApiMessages;
import vn.motcua.shared.rest.PublicApiJson;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * POST /api/v1/lookup {"code": "…", "pin": "…"}: 200 with the dossier's public status; otherwise the
 * outcome and a message (Vietnamese, or English with ?lang=en): 404 for a wrong code or PIN alike,
 * 400 for a malformed one, 429 with Retry-After when this client or this code must wait.
 */
@ApplicationScoped
@Path("lookup")
public class LookupResource {

    /** The request body; the PIN travels in the body, never in a URL that logs would keep. */
    public record LookupRequest(String code, String pin) {
    }

    /** The body of every answer that is not a dossier. */
    public record LookupProblem(String outcome, String message, long retryAfterSeconds) {
    }

    /** A status as last written, with the answer it was written from. */
    private record Written(DossierStatusDto status, byte[] json) {
    }

    /** Past this many codes the written statuses are dropped: each is only reused while the lookup keeps its answer. */
    private static final int MAX_WRITTEN = 20_000;

    @Inject
    private StatusLookup lookup;

    /**
     * The lookup hands out the same status object for a code for a few seconds (PublicStatuses), and a
     * crowd asks for the same codes again and again: its JSON is written once per such object.
     */
    private final ConcurrentMap<String, Written> written = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response look(LookupRequest body, @QueryParam("lang") String lang, @Context HttpServletRequest request) {
        LookupAnswerDto answer = body == null ? new LookupAnswerDto(LookupAnswerDto.Outcome.MALFORMED, null, 0)
                : lookup.look(body.code(), body.pin(), request.getRemoteAddr());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        if (answer.outcome() == LookupAnswerDto.Outcome.FOUND) {
            return Response.ok(json(answer.dossier()), MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore).build();
        }
        int status = switch (answer.outcome()) {
            case NOT_FOUND -> 404;
            case MALFORMED -> 400;
            default -> 429;
        };
        long wait = answer.outcome() == LookupAnswerDto.Outcome.LOCKED ? (answer.retryAfterSeconds() + 59) / 60
                : answer.retryAfterSeconds();
        Response.ResponseBuilder problem = Response.status(status).cacheControl(noStore)
                .entity(new LookupProblem(answer.outcome().name(), ApiMessages.text(lang, answer.outcome().messageKey(), wait),
                        answer.retryAfterSeconds()));
        return status == 429 ? problem.header("Retry-After", answer.retryAfterSeconds()).build() : problem.build();
    }

    private byte[] json(DossierStatusDto status) {
        Written known = written.get(status.code());
        if (known != null && known.status() == status) {
            return known.json();
        }
        if (written.size() >= MAX_WRITTEN) {
            written.clear();
        }
        byte[] json = PublicApiJson.JSON.toJson(status).getBytes(StandardCharsets.UTF_8);
        written.put(status.code(), new Written(status, json));
        return json;
    }
}
