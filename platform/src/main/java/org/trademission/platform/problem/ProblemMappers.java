package org.trademission.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that can leave a resource to problem+json. Registered ahead of Quarkus' own mappers so that
 * no error body is built anywhere else. Unexpected errors are logged with an id that the answer repeats, never with
 * a stack trace in the body.
 */
public class ProblemMappers {
    /** The detail of every 401, whether Quarkus REST or {@code RequestLimits} answers it. */
    public static final String TOKEN_REQUIRED = "A valid bearer token is required";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int FIRST = Priorities.AUTHENTICATION;

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.problem(), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (ViolationPaths.isReturnValueViolation(e.getConstraintViolations())) {
            return unexpected(e, uri);
        }
        List<Violation> violations = ViolationPaths.of(e.getConstraintViolations());
        String detail = violations.stream().map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        return answer(Problem.invalid(detail, violations), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalid(ResteasyReactiveViolationException e, UriInfo uri) {
        return invalid((ConstraintViolationException) e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalid(ValidationException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return answer(JsonProblems.problem(e), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(MismatchedInputException e, UriInfo uri) {
        return malformed((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(InvalidFormatException e, UriInfo uri) {
        return malformed((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(UnrecognizedPropertyException e, UriInfo uri) {
        return malformed((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
        return malformed((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(com.fasterxml.jackson.core.exc.StreamReadException e, UriInfo uri) {
        return malformed((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(JsonParseException e, UriInfo uri) {
        return malformed((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return answer(Problem.of(ProblemType.UNAUTHORIZED, TOKEN_REQUIRED), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return answer(Problem.of(ProblemType.UNAUTHORIZED, TOKEN_REQUIRED), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this"), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return answer(Problem.of(ProblemType.VERSION_MISMATCH, "The resource was changed by another request"), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() == ConstraintKind.UNIQUE) {
            return answer(Problem.of(ProblemType.CONFLICT, "A record with the same unique value already exists"), uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JacksonException json) {
            return answer(JsonProblems.problem(json), uri); // the JSON reader wraps some of its errors
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = type == ProblemType.NOT_FOUND ? "No resource at this address" : e.getMessage();
        Problem problem = Problem.of(type, detail);
        return answer(new Problem(problem.type(), problem.title(), status, detail, null, null, null), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = rootCause(e);
        if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint && cause != e) {
            return constraint(constraint, uri);
        }
        if (cause instanceof OptimisticLockException lock && cause != e) {
            return concurrentUpdate(lock, uri);
        }
        if (cause instanceof ProblemException problem && cause != e) {
            return problem(problem, uri);
        }
        if (cause instanceof HttpClosedException) {
            // the client went away while its body was being read: nobody reads this answer, and it is no fault here
            LOG.debugf("Client closed the connection before its request to %s had arrived",
                    uri == null ? "?" : uri.getPath());
            return answer(Problem.of(ProblemType.REQUEST_TIMEOUT, "The connection closed before the request arrived"),
                    uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return answer(Problem.of(ProblemType.INTERNAL, "An unexpected error occurred; quote error id " + errorId)
                .withErrorId(errorId), uri);
    }

    private static Response answer(Problem problem, UriInfo uri) {
        return ProblemResponses.of(uri == null ? problem : problem.withInstance(uri.getPath()));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        for (int depth = 0; current.getCause() != null && current.getCause() != current && depth < 20; depth++) {
            current = current.getCause();
            if (current instanceof org.hibernate.exception.ConstraintViolationException
                    || current instanceof OptimisticLockException || current instanceof ProblemException) {
                return current;
            }
        }
        return current;
    }
}
