package org.trademission.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class EventFailuresTest {

    @Test
    void unreadableMessageIsPermanent() {
        assertTrue(EventFailures.isPermanent(new MalformedEventException("not an envelope", null)));
    }

    @Test
    void valueTooLongForAColumnIsPermanent() {
        DataException tooLong = new DataException("value too long", new SQLException("too long", "22001"));
        assertTrue(EventFailures.isPermanent(new PersistenceException("flush failed", tooLong)));
    }

    @Test
    void integrityViolationBySqlStateIsPermanent() {
        assertTrue(EventFailures.isPermanent(new RuntimeException(new SQLException("duplicate", "23505"))));
    }

    @Test
    void bugInHandlerIsPermanent() {
        assertTrue(EventFailures.isPermanent(new RuntimeException("wrapped", new NullPointerException())));
    }

    @Test
    void lostDatabaseConnectionIsCurable() {
        assertFalse(EventFailures.isPermanent(new PersistenceException(new JDBCConnectionException("gone",
                new SQLException("Connection refused", "08001")))));
        assertFalse(EventFailures.isPermanent(new SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void unknownFailureCountsAsCurable() {
        assertFalse(EventFailures.isPermanent(new IllegalStateException("Transaction rolled back")));
        assertFalse(EventFailures.isPermanent(new RuntimeException(new SQLException("Database is closed", "90098"))));
    }
}
