package org.trademission.platform.replica;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.trademission.platform.problem.ProblemException;

/** Reading a replica row for the operations view ({@code GET /api/v1/replicas/...}): its view, or a 404. */
public final class Replicas {
    private Replicas() {
    }

    public static <E, V> V view(EntityManager entityManager, Class<E> type, UUID id, Function<E, V> view,
            String what) {
        return Optional.ofNullable(entityManager.find(type, id)).map(view)
                .orElseThrow(() -> ProblemException.notFound(what + " replica", id));
    }
}
