package org.trademission.platform.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The trigrams of a text: every run of three consecutive code points of its {@link Folded folded} form (lower case,
 * no accents) that holds no white space. A text contains a query only if it holds every trigram of the query, so the
 * trigrams of the stored search texts index substring search ({@code q=}) the way PostgreSQL's pg_trgm does, on any
 * database. Runs across white space are left out: they say little (" la" is in every "… laser") and would add a third
 * to the rows to store. Code points, not chars, so that no trigram splits a surrogate pair (PostgreSQL rejects a lone
 * surrogate).
 */
public final class Trigrams {
    public static final int LENGTH = 3;

    private Trigrams() {
    }

    /** The distinct trigrams in the order they first occur; none for a text without three non-blank code points in a row. */
    public static Set<String> of(String text) {
        Set<String> grams = new LinkedHashSet<>();
        if (text == null) {
            return grams;
        }
        int[] points = Folded.of(text).codePoints().toArray();
        int clean = 0; // how many code points before this one are not white space
        for (int end = 0; end < points.length; end++) {
            clean = Character.isWhitespace(points[end]) ? 0 : clean + 1;
            if (clean >= LENGTH) {
                grams.add(new String(points, end - LENGTH + 1, LENGTH));
            }
        }
        return grams;
    }
}
