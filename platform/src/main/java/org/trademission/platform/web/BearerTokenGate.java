package org.trademission.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;
import org.trademission.platform.problem.ProblemMappers;
import org.trademission.platform.problem.ProblemType;

/**
 * A request that carries credentials is answered 401 when they are not valid, before anything else is done with it —
 * also on a public endpoint ({@code GET missions}), where a client with an expired token would otherwise be served
 * silently as anonymous (a CRM seeing no drafts), and before a large body's admission ({@link RequestLimits}), so
 * that such a client is never told to retry later and its chunked body is never read. A request without credentials
 * goes on as before: the endpoint decides (401 where a role is needed).
 *
 * <p>Authentication stays lazy (decision 6): Quarkus' authentication route (order -200, {@code
 * SecurityHandlerPriorities.AUTHENTICATION}) only leaves the caller's identity to be resolved, memoised; this route
 * resolves it right after, so Quarkus REST reuses the result. The request is still paused here (Quarkus pauses it on
 * arrival until a handler reads it).
 */
@ApplicationScoped
public class BearerTokenGate {
    static final int ORDER = -199;
    private static final BiConsumer<RoutingContext, Throwable> IGNORE_AUTH_FAILURE = (context, failure) -> { };
    private final ObjectMapper objectMapper;

    public BearerTokenGate(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null || context.request().getHeader("Authorization") == null) {
            context.next();
            return;
        }
        Context requestContext = Vertx.currentContext();
        // Quarkus answers a failed resolution through the request's auth-failure handler (an empty 401 that leaves
        // the connection open, a body unread); the failure is answered below instead, and the handler put back for
        // Quarkus REST.
        Object failureHandler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_AUTH_FAILURE);
        identity.subscribe().with(
                caller -> onRequestContext(requestContext, () -> {
                    restore(context, failureHandler);
                    context.next();
                }),
                failure -> onRequestContext(requestContext, () -> {
                    restore(context, failureHandler);
                    refuse(context, failure);
                }));
    }

    private void refuse(RoutingContext context, Throwable failure) {
        if (!(failure instanceof AuthenticationFailedException)) {
            context.fail(failure);
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer");
        RouteProblems.answer(context, objectMapper, ProblemType.UNAUTHORIZED, ProblemMappers.TOKEN_REQUIRED)
                .onComplete(written -> context.request().connection().close());
    }

    private static void restore(RoutingContext context, Object failureHandler) {
        if (failureHandler == null) {
            context.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        } else {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
        }
    }

    private static void onRequestContext(Context requestContext, Runnable step) {
        if (requestContext == null || Vertx.currentContext() == requestContext) {
            step.run();
        } else {
            requestContext.runOnContext(ignored -> step.run());
        }
    }
}
