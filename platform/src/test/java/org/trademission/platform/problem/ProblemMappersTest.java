package org.trademission.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void answersAClientThatClosedItsConnectionMidBodyWithoutCallingItAnError() {
        Response response = mappers.unexpected(new IOException(new IOException(
                new HttpClosedException("Connection was closed"))), null);

        assertEquals(408, response.getStatus());
        assertNull(((Problem) response.getEntity()).errorId());
    }

    @Test
    void answersAnUnexpectedFailureWithAnErrorIdToQuote() {
        Response response = mappers.unexpected(new IllegalStateException("boom"), null);

        assertEquals(500, response.getStatus());
        assertNotNull(((Problem) response.getEntity()).errorId());
    }
}
