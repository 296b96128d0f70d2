package vn.motcua.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the public API answers JSON with a Vietnamese message: a body that is not JSON, or
 * not the expected shape, is the caller's mistake (400); the container's own answers (404, 405, 415)
 * keep their status; anything else is logged here and told without a stack trace.
 */
@Provider
public class PublicApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(PublicApiErrors.class.getName());

    /** The body of an error answer. */
    public record ApiError(String outcome, String message) {
    }

    @Override
    public Response toResponse(Throwable failure) {
        int status;
        String key;
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            status = web.getResponse().getStatus();
            key = status == 404 ? "api.error.notFound" : "api.error.request";
        } else if (failure instanceof ProcessingException || failure instanceof JsonbException
                || failure.getCause() instanceof JsonbException) {
            status = 400;
            key = "api.error.json";
        } else {
            LOG.log(Level.SEVERE, "public API failed", failure);
            status = 500;
            key = "error.500";
        }
        String message = ApiMessages.text("vi", key);
        return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(new ApiError(status == 500 ? "ERROR" : status == 404 ? "NOT_FOUND" : "BAD_REQUEST", message)).build();
    }
}
