package org.trademission.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.trademission.platform.problem.ProblemException;

/**
 * The contract's {@code Idempotency-Key} for creating POSTs. The key is scoped to the caller and the endpoint; the
 * first answer is stored in the same transaction as the creation, so a replay returns it and creates nothing. The
 * same key with another body is a 422.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(15);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final SecurityIdentity identity;

    public IdempotentRequests(EntityManager entityManager, ObjectMapper objectMapper, SecurityIdentity identity) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.identity = identity;
    }

    /**
     * Runs {@code creation} once per key, in a transaction of its own. Without a key it simply runs it.
     *
     * <p>The key is claimed (its record inserted and flushed) before the creation runs, so a second request with the
     * same key at the same moment waits on the unique key, fails, and then replays the first one's answer.
     *
     * @param endpoint a name for the endpoint, e.g. {@code POST /api/v1/exporters}
     */
    public Response create(String key, String endpoint, Object request, Supplier<Created> creation) {
        if (key == null) {
            return QuarkusTransaction.joiningExisting().call(() -> created(creation.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(scope(endpoint), key);
        String hash = hash(request);
        long deadline = System.nanoTime() + CLAIM_TIMEOUT.toNanos();
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> createOrReplay(id, hash, creation));
            } catch (RuntimeException e) {
                if (!(rootCause(e) instanceof KeyInUse) || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private Response createOrReplay(IdempotencyRecord.Key id, String hash, Supplier<Created> creation) {
        IdempotencyRecord previous = entityManager.find(IdempotencyRecord.class, id);
        if (previous != null) {
            if (!previous.requestHash.equals(hash)) {
                throw ProblemException.unprocessable(
                        "Idempotency-Key '" + id.idempotencyKey() + "' was already used with a different request body");
            }
            return replay(previous);
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = id;
        record.requestHash = hash;
        record.responseStatus = Response.Status.ACCEPTED.getStatusCode();
        record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            entityManager.persist(record);
            entityManager.flush();
        } catch (PersistenceException e) {
            // another request holds (or has just stored) this key; the caller retries and replays its answer
            throw new KeyInUse(e);
        }
        Created result = creation.get();
        record.responseStatus = Response.Status.CREATED.getStatusCode();
        record.responseBody = json(result.body());
        record.location = result.location() == null ? null : result.location().toString();
        return created(result);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        for (int depth = 0; depth < 20 && !(current instanceof KeyInUse) && current.getCause() != null; depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a concurrent request with the same key", e);
        }
    }

    /** The key's record could not be inserted: a concurrent request with the same key holds it. */
    static final class KeyInUse extends RuntimeException {
        KeyInUse(Throwable cause) {
            super("Idempotency-Key in use by a concurrent request", cause);
        }
    }

    private String scope(String endpoint) {
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String scope = endpoint + " " + caller;
        return scope.length() > 300 ? scope.substring(0, 300) : scope;
    }

    private static Response created(Created result) {
        return Response.created(result.location()).entity(result.body()).build();
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder builder = Response.status(record.responseStatus)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(record.responseBody)
                .header(REPLAYED_HEADER, "true");
        if (record.location != null) {
            builder.location(URI.create(record.location));
        }
        return builder.build();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
