package org.trademission.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.trademission.platform.problem.Problem;
import org.trademission.platform.problem.ProblemType;

/**
 * Answers a problem from a Vert.x route, before Quarkus REST (whose exception mappers answer every other problem):
 * the same problem+json body, and the connection closed, since the rest of the request will not be read.
 */
final class RouteProblems {
    /** Set on a request answered here: a failure Quarkus REST reports for it afterwards is expected. */
    static final String ANSWERED = RouteProblems.class.getName() + ".answered";

    private RouteProblems() {
    }

    static Future<Void> answer(RoutingContext context, ObjectMapper objectMapper, ProblemType type, String detail) {
        context.put(ANSWERED, Boolean.TRUE);
        String path = context.request().path();
        Problem problem = Problem.of(type, detail).withInstance(path == null || path.length() > 200 ? null : path);
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        return context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body);
    }
}
