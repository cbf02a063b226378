package org.trademission.platform.problem;

/** A value the client sent, quoted in an error message: at most {@value #MAX_CHARS} of its characters are echoed. */
public final class Quoted {
    static final int MAX_CHARS = 60;

    private Quoted() {
    }

    /** {@code 'value'}, or {@code 'its first characters…' (N characters)} when longer than the echo allows. */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= MAX_CHARS) {
            return "'" + value + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return "'" + value.substring(0, end) + "…' (" + value.length() + " characters)";
    }

    /** The text cut to {@code max} characters with an ellipsis: the last guard against echoing a whole request. */
    static String capped(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
