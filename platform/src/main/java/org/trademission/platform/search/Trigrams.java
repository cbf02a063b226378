package org.trademission.platform.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The trigrams of a text: every run of three consecutive code points of its lower-case form. A text contains a query
 * only if it holds every trigram of the query, so the trigrams of the stored search texts index substring search
 * ({@code q=}) the way PostgreSQL's pg_trgm does, on any database. Code points, not chars, so that no trigram splits a
 * surrogate pair (PostgreSQL rejects a lone surrogate).
 */
public final class Trigrams {
    public static final int LENGTH = 3;

    private Trigrams() {
    }

    /** The distinct trigrams in the order they first occur; none for a text shorter than three code points. */
    public static Set<String> of(String text) {
        Set<String> grams = new LinkedHashSet<>();
        if (text == null) {
            return grams;
        }
        int[] points = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        for (int start = 0; start + LENGTH <= points.length; start++) {
            grams.add(new String(points, start, LENGTH));
        }
        return grams;
    }
}
