package org.trademission.platform.idempotency;

import java.net.URI;

/** What a creating request produced: the new resource's address and its representation. */
public record Created(URI location, Object body) {
}
