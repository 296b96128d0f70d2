package vn.motcua.catalog.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.catalog.boundary.CatalogQuery;
import vn.motcua.catalog.boundary.ProcedureSummaryDto;

import java.util.List;

/**
 * The procedures in force today, as the public guide shows them: by field, by words typed with or
 * without accents, or one procedure by its national code. Public and cacheable for five minutes.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CatalogResource {

    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    @Inject
    private CatalogQuery catalog;

    @GET
    @Path("fields")
    public Response fields() {
        return Response.ok(catalog.fields()).cacheControl(FIVE_MINUTES).build();
    }

    @GET
    @Path("procedures")
    public Response procedures(@QueryParam("q") String words, @QueryParam("field") String field) {
        String q = words == null ? "" : words.strip();
        List<ProcedureSummaryDto> found;
        if (!q.isEmpty()) {
            found = catalog.search(q.length() > 100 ? q.substring(0, 100) : q, catalog.today());
        } else if (field != null && !field.isBlank()) {
            found = catalog.byField(field.strip(), catalog.today());
        } else {
            found = catalog.inForce(catalog.today());
        }
        return Response.ok(found).cacheControl(FIVE_MINUTES).build();
    }

    @GET
    @Path("procedures/{code}")
    public Response procedure(@PathParam("code") String code) {
        if (code == null || code.length() > 40) {
            throw new NotFoundException();
        }
        return catalog.procedureByCode(code.strip(), catalog.today())
                .map(version -> Response.ok(version.procedure()).cacheControl(FIVE_MINUTES).build())
                .orElseThrow(NotFoundException::new);
    }
}
