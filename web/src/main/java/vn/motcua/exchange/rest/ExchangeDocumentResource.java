package vn.motcua.exchange.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.motcua.document.boundary.StoredFileDto;
import vn.motcua.exchange.boundary.ExchangeDocuments;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * GET /api/v1/exchange/documents/{id}?agency=…&amp;expires=…&amp;token=…: a forwarded dossier's paper for the
 * department system whose forward carried the link; 404 for a wrong, expired or foreign link alike.
 */
@Path("exchange/documents")
public class ExchangeDocumentResource {

    @Inject
    private ExchangeDocuments documents;

    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response download(@PathParam("id") long id, @QueryParam("agency") String agency,
                             @QueryParam("expires") long expires, @QueryParam("token") String token) {
        Optional<StoredFileDto> file = documents.describe(id, agency, expires, token);
        if (file.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        StoredFileDto stored = file.get();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        StreamingOutput body = out -> {
            try (InputStream in = documents.open(stored)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, stored.mediaType()).cacheControl(noStore)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", stored.sha256())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(stored.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
