package org.trademission.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.trademission.platform.problem.ProblemType;

/**
 * The limits on a request's address, headers and body, answered as problem+json (414, 431, 413, and 408 for a
 * body that does not arrive whole in time), and the admission of large bodies ({@link InFlightBodies}: 503 with
 * {@code Retry-After} when too many are being handled at once). The HTTP server's
 * own limits ({@code quarkus.http.limits.*}) are set well above these, because it answers with an empty body.
 */
@ApplicationScoped
public class RequestLimits {
    /** Bodies from this size on count against {@link InFlightBodies}; smaller ones are bounded by the worker pool. */
    static final long LARGE_BODY_BYTES = 64 * 1024;
    static final int RETRY_AFTER_SECONDS = 10;
    /** Right after {@link BearerTokenGate}: a client without a valid token is answered 401, never 503. */
    static final int ADMISSION_ORDER = BearerTokenGate.ORDER + 1;
    private static final Logger LOG = Logger.getLogger(RequestLimits.class);
    private final ObjectMapper objectMapper;
    private final int maxUri;
    private final int maxHeaders;
    private final long maxBody;
    private final int bodySeconds;
    private final long bodyMinRate;
    private final InFlightBodies inFlight;

    public RequestLimits(ObjectMapper objectMapper,
            @ConfigProperty(name = "platform.limits.max-uri-length", defaultValue = "8192") int maxUri,
            @ConfigProperty(name = "platform.limits.max-header-bytes", defaultValue = "16384") int maxHeaders,
            @ConfigProperty(name = "platform.limits.max-body-bytes", defaultValue = "10485760") long maxBody,
            @ConfigProperty(name = "platform.limits.body-seconds", defaultValue = "60") int bodySeconds,
            @ConfigProperty(name = "platform.limits.body-min-bytes-per-second", defaultValue = "16384")
            long bodyMinRate,
            @ConfigProperty(name = "platform.limits.large-bodies-in-flight-bytes") Optional<Long> inFlightBytes) {
        this.objectMapper = objectMapper;
        this.maxUri = maxUri;
        this.maxHeaders = maxHeaders;
        this.maxBody = maxBody;
        this.bodySeconds = bodySeconds;
        this.bodyMinRate = bodyMinRate;
        new ArrivalDeadline(0, bodySeconds, bodyMinRate); // refuses a rule that would never end or never start
        this.inFlight = inFlightBytes.map(InFlightBodies::new)
                .orElseGet(() -> InFlightBodies.forHeap(Runtime.getRuntime().maxMemory()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::answeredHere);
        router.route().order(ADMISSION_ORDER).handler(this::admit);
    }

    /**
     * A body cut off here (408) may be in the middle of being read by Quarkus REST, which then fails the request as
     * its connection closes and cannot write an answer over the one sent from here: that failure is expected, not an
     * error to log with an id.
     */
    private void answeredHere(RoutingContext context) {
        if (context.get(RouteProblems.ANSWERED) != null && context.response().ended()) {
            LOG.debugf("Request to %s failed after it was answered %d here: %s", context.request().path(),
                    context.response().getStatusCode(), context.failure());
            return;
        }
        context.next();
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUri) {
            reject(context, ProblemType.URI_TOO_LONG, "The address (path and query) may have at most " + maxUri
                    + " characters; it has " + request.uri().length());
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaders) {
            reject(context, ProblemType.HEADERS_TOO_LARGE, "The headers may have at most " + maxHeaders
                    + " bytes together; they have " + headerBytes);
            return;
        }
        if (announcedLength(request) > maxBody) {
            rejectBody(context);
            return;
        }
        context.next();
    }

    /**
     * Hands the request on, once a large body has its place among those being handled (else a 503); a chunked body
     * is read here first. Runs after {@link BearerTokenGate}, so only for callers whose token, if they send one, is
     * valid.
     */
    void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.getHeader("Content-Length") == null && request.getHeader("Transfer-Encoding") != null) {
            readBounded(context);
        } else {
            admit(context, announcedLength(request));
        }
    }

    /** Hands the request on, once a large body has its place among those being handled (else a 503). */
    private void admit(RoutingContext context, long bodyBytes) {
        if (bodyBytes >= LARGE_BODY_BYTES) {
            if (!inFlight.tryReserve(bodyBytes)) {
                turnAway(context);
                return;
            }
            context.addEndHandler(ended -> inFlight.release(bodyBytes));
        }
        limitArrival(context, bodyBytes);
        context.next();
    }

    /**
     * A body that announces its length is read by Quarkus REST, after authentication (so that a client without a
     * valid token is answered 401 without its body being waited for). Here it is only given its deadline
     * ({@link ArrivalDeadline}): a client that trickles a byte now and then would otherwise hold its connection, a
     * worker thread (Quarkus REST reads a larger body with blocking reads, each timed out only after 60 s without a
     * byte) and its share of the budget for as long as it likes.
     */
    private void limitArrival(RoutingContext context, long bodyBytes) {
        if (bodyBytes == 0) {
            return;
        }
        HttpServerRequest request = context.request();
        ArrivalWatch watch = ArrivalWatch.start(context.vertx(), arrivalDeadline(), request::bytesRead,
                () -> request.isEnded() || context.response().headWritten(), () -> answerLate(context));
        context.addEndHandler(ended -> watch.cancel());
    }

    private ArrivalDeadline arrivalDeadline() {
        return new ArrivalDeadline(System.nanoTime(), bodySeconds, bodyMinRate);
    }

    private void answerLate(RoutingContext context) {
        reject(context, ProblemType.REQUEST_TIMEOUT, "The body must arrive within " + bodySeconds
                + " seconds of the headers, and a second later for every " + bodyMinRate + " bytes received")
                .onComplete(written -> context.request().connection().close());
    }

    private void turnAway(RoutingContext context) {
        context.response().putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        reject(context, ProblemType.UNAVAILABLE, "Other large requests are being handled; retry in "
                + RETRY_AFTER_SECONDS + " seconds").onComplete(written -> context.request().connection().close());
    }

    /**
     * A chunked body announces no length: read it here, refusing it as soon as it passes the limit or when it has not
     * arrived in time ({@link ArrivalDeadline}), and hand it on whole (Quarkus REST then reads it from the routing
     * context). Left to the HTTP server, it would be held to {@code quarkus.http.limits.max-body-size} only, answered
     * with an empty body.
     * Once it reaches {@link #LARGE_BODY_BYTES} it reserves its share of {@link InFlightBodies} as it grows, so that
     * bodies being read count against the budget too (else a 503, as for a body that announces its length).
     */
    private void readBounded(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] answered = {false};
        long[] held = {0};
        Runnable releaseHeld = () -> {
            inFlight.release(held[0]);
            held[0] = 0;
        };
        ArrivalWatch watch = ArrivalWatch.start(context.vertx(), arrivalDeadline(), body::length,
                () -> answered[0], () -> {
                    answered[0] = true;
                    releaseHeld.run();
                    answerLate(context);
                });
        request.handler(chunk -> {
            if (answered[0]) {
                return;
            }
            long length = (long) body.length() + chunk.length();
            if (length > maxBody) {
                answered[0] = true;
                watch.cancel();
                releaseHeld.run();
                rejectBody(context).onComplete(written -> request.connection().close());
                return;
            }
            if (length >= LARGE_BODY_BYTES && length > held[0]) {
                long step = Math.max(length - held[0], LARGE_BODY_BYTES);
                if (!inFlight.tryGrow(held[0], step)) {
                    answered[0] = true;
                    watch.cancel();
                    releaseHeld.run();
                    turnAway(context);
                    return;
                }
                held[0] += step;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            watch.cancel();
            if (!answered[0]) {
                answered[0] = true;
                context.setBody(body);
                long reservation = held[0];
                if (reservation > 0) {
                    context.addEndHandler(ended -> inFlight.release(reservation));
                }
                context.next();
            }
        });
        request.exceptionHandler(failure -> {
            watch.cancel();
            if (!answered[0]) {
                answered[0] = true;
                releaseHeld.run();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            context.response().writeContinue();
        }
        request.resume();
    }

    private Future<Void> rejectBody(RoutingContext context) {
        return reject(context, ProblemType.PAYLOAD_TOO_LARGE, "The body may have at most " + maxBody + " bytes");
    }

    private static long announcedLength(HttpServerRequest request) {
        String header = request.getHeader("Content-Length");
        if (header == null) {
            return 0;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0; // the HTTP server rejects a malformed Content-Length itself
        }
    }

    /** Answers the problem; the caller closes the connection when the rest of the request will not be read. */
    private Future<Void> reject(RoutingContext context, ProblemType type, String detail) {
        return RouteProblems.answer(context, objectMapper, type, detail);
    }
}
