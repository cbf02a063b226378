package org.trademission.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation for a resource that answers JSON by default and another type only when asked by name. */
public final class Accepts {
    private Accepts() {
    }

    /** Whether the request's {@code Accept} names {@code type} itself (a wildcard such as {@code *}{@code /*} does not). */
    public static boolean explicitly(HttpHeaders headers, String type) {
        MediaType wanted = MediaType.valueOf(type);
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(accepted -> !accepted.isWildcardType() && accepted.isCompatible(wanted));
    }
}
