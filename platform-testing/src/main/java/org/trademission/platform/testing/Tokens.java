package org.trademission.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.UUID;

/** Bearer tokens signed with the dev key pair, as {@code deploy/local/token} makes them. */
public final class Tokens {
    public static final String ISSUER = "https://trademission.local/dev";
    private static final String DEV_PRIVATE_KEY = "dev-jwt/private-key.pem";

    private Tokens() {
    }

    public static String staff() {
        return claims("staff").sign(DEV_PRIVATE_KEY);
    }

    public static String partner() {
        return claims("partner").sign(DEV_PRIVATE_KEY);
    }

    public static String crm() {
        return claims("crm").sign(DEV_PRIVATE_KEY);
    }

    public static String exporter(UUID exporterId) {
        return claims("exporter").claim("exporter_id", exporterId.toString()).sign(DEV_PRIVATE_KEY);
    }

    public static String buyer(UUID buyerId) {
        return claims("buyer").claim("buyer_id", buyerId.toString()).sign(DEV_PRIVATE_KEY);
    }

    public static String role(String role) {
        return claims(role).sign(DEV_PRIVATE_KEY);
    }

    /** A token with several groups (the union of their rights) and the given claims, e.g. exporter_id. */
    public static String groups(Set<String> groups, java.util.Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).upn("test-" + String.join("-", new java.util.TreeSet<>(groups)))
                .subject("test-multi").groups(groups).expiresIn(3600);
        claims.forEach(builder::claim);
        return builder.sign(DEV_PRIVATE_KEY);
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String forged(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(role).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A dev-signed token that expired an hour ago. */
    public static String expired(String role) {
        long now = System.currentTimeMillis() / 1000;
        return claims(role).issuedAt(now - 7200).expiresAt(now - 3600).sign(DEV_PRIVATE_KEY);
    }

    private static JwtClaimsBuilder claims(String role) {
        return Jwt.issuer(ISSUER)
                .upn("test-" + role)
                .subject("test-" + role)
                .groups(Set.of(role))
                .expiresIn(3600);
    }
}
