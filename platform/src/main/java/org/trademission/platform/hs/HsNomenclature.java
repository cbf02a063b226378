package org.trademission.platform.hs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HS chapters 01 to 97 (from {@code hs/chapters.tsv}); chapter 77 is reserved by the HS and is no valid code.
 * A product's code is 6 to 10 digits: the HS subheading (6), optionally extended nationally, e.g. the EAEU's
 * 10-digit TN VED.
 */
public final class HsNomenclature {
    public static final String RESERVED_CHAPTER = "77";
    private static final Map<String, HsChapter> CHAPTERS = load();

    private HsNomenclature() {
    }

    public static List<HsChapter> chapters() {
        return CHAPTERS.values().stream().filter(c -> !c.code().equals(RESERVED_CHAPTER)).toList();
    }

    public static Optional<HsChapter> chapter(String code) {
        if (code == null || code.length() < 2 || code.startsWith(RESERVED_CHAPTER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(CHAPTERS.get(code.substring(0, 2)));
    }

    /** A product's code: 6 to 10 digits in a real chapter. */
    public static boolean isProductCode(String code) {
        return code != null && code.matches("\\d{6,10}") && chapter(code).isPresent();
    }

    /** A search or interest prefix: 2 to 10 digits in a real chapter. */
    public static boolean isPrefix(String code) {
        return code != null && code.matches("\\d{2,10}") && chapter(code).isPresent();
    }

    private static Map<String, HsChapter> load() {
        Map<String, HsChapter> chapters = new LinkedHashMap<>();
        try (InputStream in = HsNomenclature.class.getResourceAsStream("/hs/chapters.tsv")) {
            if (in == null) {
                throw new IllegalStateException("hs/chapters.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\t", 2);
                    chapters.put(parts[0], new HsChapter(parts[0], parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(chapters);
    }
}
