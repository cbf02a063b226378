package org.trademission.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private static final long NOW = 1_800_000_000L;

    private final CountingVerifier verifier = new CountingVerifier();
    private MutableClock clock = new MutableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void verifiesATokenOnceWhileItIsValid() throws ParseException {
        JsonWebToken first = tokens.parse("good:" + (NOW + 3600));
        JsonWebToken again = tokens.parse("good:" + (NOW + 3600));

        assertSame(first, again);
        assertEquals(List.of("good:" + (NOW + 3600)), verifier.verified);
    }

    @Test
    void verifiesATokenAgainOnceItHasExpired() throws ParseException {
        tokens.parse("good:" + (NOW + 60));
        clock.now = NOW + 60;
        verifier.rejectAll = true;

        assertThrows(ParseException.class, () -> tokens.parse("good:" + (NOW + 60)));
        assertEquals(2, verifier.verified.size());
    }

    @Test
    void neverKeepsATokenThatFailedVerification() {
        verifier.rejectAll = true;
        assertThrows(ParseException.class, () -> tokens.parse("forged:" + (NOW + 3600)));
        assertThrows(ParseException.class, () -> tokens.parse("forged:" + (NOW + 3600)));

        assertEquals(2, verifier.verified.size());
    }

    @Test
    void verifiesEachDistinctTokenItself() throws ParseException {
        tokens.parse("a:" + (NOW + 3600));
        tokens.parse("b:" + (NOW + 3600));

        assertEquals(List.of("a:" + (NOW + 3600), "b:" + (NOW + 3600)), verifier.verified);
    }

    @Test
    void keepsNoMoreThanItsCapacity() throws ParseException {
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.parse("t" + i + ":" + (NOW + 3600));
        }
        tokens.parse("t0:" + (NOW + 3600));

        assertEquals(VerifiedTokens.CAPACITY + 2, verifier.verified.size());
    }

    /** Accepts "name:exp" tokens (unless told to reject everything) and records each verification. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();
        boolean rejectAll;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (rejectAll) {
                throw new ParseException("rejected");
            }
            long exp = Long.parseLong(token.substring(token.indexOf(':') + 1));
            return new Token(token, exp);
        }
    }

    private record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return (T) Map.<String, Object>of("exp", exp).get(claim);
        }
    }

    private static final class MutableClock extends Clock {
        long now;

        MutableClock(long now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(now);
        }
    }
}
