package vn.motcua.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API, and for what a resource writes ahead itself: building one
 * looks the provider up and scans the classes it meets, far too slow to do for every lookup a crowd makes.
 */
@Provider
public class PublicApiJson implements ContextResolver<Jsonb> {

    public static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }
}
