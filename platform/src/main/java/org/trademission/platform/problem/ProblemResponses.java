package org.trademission.platform.problem;

import jakarta.ws.rs.core.Response;

/** Turns a {@link Problem} into the HTTP answer; the only place that builds an error response. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }
}
