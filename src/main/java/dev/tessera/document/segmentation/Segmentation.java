package dev.tessera.document.segmentation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Tessera's sentence segmentation: one SRX rules file (Tessera's own, with Turkish, English and
 * Russian rule sets) compiled into Okapi segmenters.
 *
 * <p>It exists so that every import, merge and gold-set test splits text the same way, and so
 * that a change of rules is detectable ({@link #rulesHash()} is stored with each revision).
 * Compiled Okapi segmenters are not thread-safe and cost about half a second to compile, hence
 * one cached segmenter per thread and language.
 */
public final class Segmentation {

    /** System property naming an SRX file that replaces the bundled rules. */
    public static final String RULES_PATH_PROPERTY = "tessera.segmentation.rules-path";
    /** Environment variable with the same meaning as {@link #RULES_PATH_PROPERTY}. */
    public static final String RULES_PATH_ENV = "TESSERA_SEGMENTATION_RULES_PATH";
    /** Classpath resource of the bundled rules. */
    public static final String RULES_RESOURCE = "segmentation/tessera.srx";

    private static final ThreadLocal<Map<String, ISegmenter>> SEGMENTERS =
            ThreadLocal.withInitial(HashMap::new);

    private Segmentation() {
    }

    /**
     * Compiled segmenter for a language code ("tr", "en", "ru", or any BCP-47 code; unknown ones
     * get the generic rules). Okapi segmenters are not thread-safe: the one returned is cached for
     * the calling thread and language, and must not be handed to another thread.
     */
    public static ISegmenter segmenter(String languageCode) {
        String key = LocaleId.fromString(languageCode).toBCP47();
        return SEGMENTERS.get().computeIfAbsent(key, Segmentation::compile);
    }

    /** Segments plain text, returning the sentences (untrimmed substrings, in order). */
    public static List<String> split(String text, String languageCode) {
        ISegmenter segmenter = segmenter(languageCode);
        segmenter.computeSegments(text);
        List<String> sentences = new ArrayList<>();
        for (Range range : segmenter.getRanges()) {
            sentences.add(text.substring(range.start, range.end));
        }
        return sentences;
    }

    /** SHA-256 hex of the rules file in use, stored with every revision so a rules change is detectable. */
    public static String rulesHash() {
        return Rules.HASH;
    }

    private static ISegmenter compile(String bcp47) {
        SRXDocument document = new SRXDocument();
        document.loadRules(new ByteArrayInputStream(Rules.BYTES));
        return document.compileLanguageRules(LocaleId.fromString(bcp47), null);
    }

    /** Lazily loaded rules bytes and their hash (initialised on first use, once per JVM). */
    private static final class Rules {
        static final byte[] BYTES = load();
        static final String HASH = sha256(BYTES);

        private static byte[] load() {
            String configured = System.getProperty(RULES_PATH_PROPERTY);
            if (configured == null || configured.isBlank()) {
                configured = System.getenv(RULES_PATH_ENV);
            }
            try {
                if (configured != null && !configured.isBlank()) {
                    return Files.readAllBytes(Path.of(configured));
                }
                try (InputStream in = Segmentation.class.getClassLoader().getResourceAsStream(RULES_RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing classpath resource " + RULES_RESOURCE);
                    }
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read segmentation rules", e);
            }
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
