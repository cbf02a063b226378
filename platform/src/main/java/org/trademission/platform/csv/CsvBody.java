package org.trademission.platform.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Quoted;

/**
 * The text of an uploaded CSV file: decoded by the charset its {@code Content-Type} declares, else as UTF-8 (a byte
 * order mark is dropped). Bytes that are not valid in that charset are a 400 naming the line, never text with
 * replacement characters.
 */
public final class CsvBody {
    private CsvBody() {
    }

    /** @param charsetName the {@code charset} parameter of the request's Content-Type, or null */
    public static String decode(byte[] body, String charsetName) {
        Charset charset = charset(charsetName);
        int start = 0;
        if (charset.equals(StandardCharsets.UTF_8) && body.length >= 3 && (body[0] & 0xFF) == 0xEF
                && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((body.length - start) * (double) decoder.maxCharsPerByte())
                + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = lineAt(body, in.position());
            String hint = charsetName == null
                    ? "; if the file is not UTF-8, declare its charset, e.g. Content-Type: text/csv; charset=windows-1251"
                    : "";
            throw ProblemException.invalid("body", "line " + line + " (row " + Math.max(line - 1, 1)
                    + " after the header) is not valid " + charset.name() + " at byte " + (in.position() + 1) + hint);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.invalid("Content-Type", "charset " + Quoted.of(name) + " is not supported; use UTF-8, "
                    + "windows-1251, ISO-8859-1 or another standard charset");
        }
    }

    private static int lineAt(byte[] body, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < body.length; i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
