package vn.motcua.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The public REST API (JSON) for a provincial portal or a mobile app: open to anyone under /api/v1,
 * with the same masking and rate limits as the public pages. Staff endpoints, if any, live elsewhere.
 */
@ApplicationPath("/api/v1")
public class PublicApi extends Application {
}
