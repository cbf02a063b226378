package org.trademission.platform.search;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * A text as search and sort compare it: lower case, without the accents and ligatures a user does not type. "Société
 * Générale Fès" and "societe generale fes" fold alike, so {@code q=societe} finds it and it sorts among the s, not after
 * the z; "Œuvre" folds to "oeuvre", "Straße" to "strasse".
 *
 * <p>Marks are dropped only where they are accents: on Latin letters, and Arabic's vowel signs (harakat), which most
 * texts leave out. Cyrillic keeps its letters (й is not и) except that ё folds to е, as Russian writing mostly does.
 * Stored texts (search texts, sort keys) hold this form: a change here needs a migration that folds them again.
 */
public final class Folded {
    private static final Map<Integer, String> LETTERS = Map.of('œ' + 0, "oe", 'æ' + 0, "ae", 'ß' + 0, "ss",
            'ø' + 0, "o", 'đ' + 0, "d", 'ł' + 0, "l", 'ı' + 0, "i", 'ħ' + 0, "h", 'þ' + 0, "th");
    private static final int DIAERESIS = 0x0308;
    /**
     * Texts in the order a list sorted by a text field shows them (in memory as in the database, whose lists sort by
     * a stored {@link #key key}); texts that fold alike keep their order (the caller's tie-break decides).
     */
    public static final Comparator<String> ORDER = Comparator.comparing(Folded::of);

    private Folded() {
    }

    /** The folded form; {@code null} for {@code null}. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        if (isPlain(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        int base = ' ';
        for (int i = 0; i < decomposed.length(); ) {
            int point = decomposed.codePointAt(i);
            i += Character.charCount(point);
            if (isMark(point)) {
                if (!isAccent(base, point)) {
                    folded.appendCodePoint(point);
                }
                continue;
            }
            base = point;
            String letter = LETTERS.get(point);
            if (letter != null) {
                folded.append(letter);
            } else {
                folded.appendCodePoint(point);
            }
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * The sort key stored beside a text column: its folded form, cut to {@code length} chars (folding may lengthen a
     * text: "ß" is "ss") without splitting a surrogate pair; {@code null} for {@code null}.
     */
    public static String key(String text, int length) {
        String folded = of(text);
        if (folded == null || folded.length() <= length) {
            return folded;
        }
        int end = Character.isHighSurrogate(folded.charAt(length - 1)) ? length - 1 : length;
        return folded.substring(0, end);
    }

    /** Printable ASCII: nothing to fold but the case (the common case, kept cheap). */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int point) {
        int type = Character.getType(point);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAccent(int base, int mark) {
        Character.UnicodeScript script = Character.UnicodeScript.of(base);
        return switch (script) {
            case LATIN, ARABIC -> true;
            case CYRILLIC -> base == 'е' && mark == DIAERESIS;
            default -> false;
        };
    }
}
