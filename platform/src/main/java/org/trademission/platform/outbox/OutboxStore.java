package org.trademission.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The outbox table as the relay sees it; each method is its own short transaction. */
@ApplicationScoped
public class OutboxStore {
    private final EntityManager entityManager;

    public OutboxStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public List<OutboxMessage> nextUnsent(int limit) {
        return entityManager.createQuery(
                "from OutboxMessage m where m.sentAt is null order by m.position", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional
    public void markSent(List<Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        entityManager.createQuery("update OutboxMessage m set m.sentAt = :now, m.attempts = m.attempts + 1, "
                + "m.lastError = null where m.position in :positions")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("positions", positions)
                .executeUpdate();
    }

    @Transactional
    public void markFailed(long position, String error) {
        entityManager.createQuery("update OutboxMessage m set m.attempts = m.attempts + 1, m.lastError = :error "
                + "where m.position = :position")
                .setParameter("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .setParameter("position", position)
                .executeUpdate();
    }

    /** When the oldest message still waiting to be published was written, if any. */
    @Transactional
    public Optional<OffsetDateTime> oldestUnsent() {
        return entityManager.createQuery("select min(m.createdAt) from OutboxMessage m where m.sentAt is null",
                OffsetDateTime.class).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Transactional
    public long countUnsent() {
        return entityManager.createQuery("select count(m) from OutboxMessage m where m.sentAt is null", Long.class)
                .getSingleResult();
    }
}
