package org.trademission.platform.text;

import java.util.Optional;

/**
 * The one rule for text that clients send, in JSON or CSV: no NUL or other C0/C1 control character (tab, line feed
 * and carriage return only in multi-line text), no lone surrogate (it cannot be stored or sent on as UTF-8 without
 * changing), and no bidirectional embedding, override or isolate in single-line text (names, identifiers), where they
 * can make a name read as another. Plain text in any script, including right-to-left marks, passes unchanged.
 */
public final class TextRule {
    private TextRule() {
    }

    /** What is wrong with {@code text}, in the API's words, or nothing. */
    public static Optional<String> problem(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int position = i + 1;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain a lone surrogate (U+" + hex(c) + " at character " + position
                        + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain a lone surrogate (U+" + hex(c) + " at character " + position
                        + ")");
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return Optional.of("must be a single line: no tab or line break (character " + position + ")");
                }
                continue;
            }
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                return Optional.of("must not contain control characters (U+" + hex(c) + " at character " + position
                        + ")");
            }
            if (!multiLine && isBidiControl(c)) {
                return Optional.of("must not contain bidirectional control characters (U+" + hex(c)
                        + " at character " + position + ")");
            }
        }
        return Optional.empty();
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); marks such as U+200F are allowed. */
    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
