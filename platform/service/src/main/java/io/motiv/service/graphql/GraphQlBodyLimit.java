package io.motiv.service.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a GraphQL request whose body is larger than {@code motiv.graphql.max-body-size} (HTTP 413), before it is
 * read. {@code quarkus.http.limits.max-body-size} applies to every route of the server, and the CSV imports need a
 * far larger one (profile-service: 64M), so the GraphQL limit is this filter's. A POST to /graphql must declare its
 * length (a chunked body without {@code Content-Length} is answered 411), as the gateway also requires.
 */
@ApplicationScoped
public class GraphQlBodyLimit {

    private static final String TOO_LARGE = "{\"errors\":[{\"message\":\"Request body too large\",\"extensions\":{\"code\":\"LIMIT_EXCEEDED\"}}]}";
    private static final String NO_LENGTH = "{\"errors\":[{\"message\":\"Content-Length required\",\"extensions\":{\"code\":\"LIMIT_EXCEEDED\"}}]}";

    @ConfigProperty(name = "motiv.graphql.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        long max = maxBodySize.asLongValue();
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            if (request.method() == HttpMethod.POST && isGraphQl(rc.normalizedPath())) {
                String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
                if (length == null) {
                    if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                        refuse(rc, 411, NO_LENGTH);
                        return;
                    }
                } else {
                    long declared;
                    try {
                        declared = Long.parseLong(length.trim());
                    } catch (NumberFormatException e) {
                        declared = Long.MAX_VALUE;
                    }
                    if (declared > max) {
                        refuse(rc, 413, TOO_LARGE);
                        return;
                    }
                }
            }
            rc.next();
        }, 200);
    }

    private static boolean isGraphQl(String path) {
        return path != null && (path.equals("/graphql") || path.startsWith("/graphql/"));
    }

    private static void refuse(io.vertx.ext.web.RoutingContext rc, int status, String body) {
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body);
    }
}
