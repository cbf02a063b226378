package org.trademission.platform.testing;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Search texts and their trigrams as the builds before platform's Folded stored them (up to ce9866d). */
public final class StoredBeforeFolding {
    private StoredBeforeFolding() {
    }

    /** The texts, nulls left out, in lower case (accents kept), one per line. */
    public static String searchText(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).map(text -> text.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    /** Every run of three code points of the text that holds no white space. */
    public static Set<String> trigrams(String text) {
        Set<String> grams = new TreeSet<>();
        int[] points = text.codePoints().toArray();
        int clean = 0;
        for (int end = 0; end < points.length; end++) {
            clean = Character.isWhitespace(points[end]) ? 0 : clean + 1;
            if (clean >= 3) {
                grams.add(new String(points, end - 2, 3));
            }
        }
        return grams;
    }
}
