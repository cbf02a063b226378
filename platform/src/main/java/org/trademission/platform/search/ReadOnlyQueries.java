package org.trademission.platform.search;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * For a session that only reads (a search, a list; outside a transaction or in one of its own): Hibernate then neither
 * snapshots what it loads nor flushes before each query and at commit — together about a sixth of a list request's
 * time in the profile (docs/performance.md).
 */
public final class ReadOnlyQueries {
    private ReadOnlyQueries() {
    }

    public static void apply(EntityManager entityManager) {
        Session session = entityManager.unwrap(Session.class);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
    }
}
