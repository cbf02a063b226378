package org.trademission.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Tells a failure that retrying can cure (the database or the network is away, a lock timed out) from one that no
 * retry will cure (the message is unreadable, its data breaks a column or a constraint, the handler has a bug). Only
 * the second kind is dead-lettered; when in doubt a failure counts as curable, because a retried message is delayed
 * while a dead-lettered one is skipped.
 */
public final class EventFailures {
    private EventFailures() {
    }

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MalformedEventException || cause instanceof UnprocessableEventException
                    || cause instanceof org.hibernate.exception.DataException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof jakarta.validation.ConstraintViolationException
                    || cause instanceof NullPointerException || cause instanceof ClassCastException
                    || cause instanceof IllegalArgumentException || cause instanceof ArithmeticException) {
                return true;
            }
            if (cause instanceof SQLTransientException || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return false;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                // SQLSTATE class 22: data exception, 23: integrity constraint violation
                String sqlClass = sql.getSQLState().length() >= 2 ? sql.getSQLState().substring(0, 2) : "";
                if (sqlClass.equals("22") || sqlClass.equals("23")) {
                    return true;
                }
            }
        }
        return false;
    }
}
