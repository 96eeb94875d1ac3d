package dev.tessera.document.segmentation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Sentence segmentation rules for Tessera's languages.
 *
 * <p>Minimal stand-in that loads Okapi's shipped {@code defaultSegmentation.srx}; the real
 * rules (Turkish, English and Russian SRX) replace this class when the branches meet. Compiled
 * segmenters are not thread-safe and cost about half a second to compile, so they are cached
 * per thread and per language.
 */
public final class Segmentation {

    private static final String RULES_RESOURCE = "/net/sf/okapi/lib/segmentation/defaultSegmentation.srx";
    private static final byte[] RULES = readRules();
    private static final String RULES_HASH = sha256(RULES);
    private static final ThreadLocal<Map<String, ISegmenter>> CACHE = ThreadLocal.withInitial(HashMap::new);

    private Segmentation() {
    }

    /** A compiled segmenter for the language, owned by the calling thread. */
    public static ISegmenter segmenter(String languageCode) {
        String key = languageCode.toLowerCase(Locale.ROOT);
        return CACHE.get().computeIfAbsent(key, Segmentation::compile);
    }

    /** Splits plain text into sentences by the language's rules. */
    public static List<String> split(String text, String languageCode) {
        ISegmenter segmenter = segmenter(languageCode);
        segmenter.computeSegments(text);
        List<String> sentences = new ArrayList<>();
        for (Range range : segmenter.getRanges()) {
            sentences.add(text.substring(range.start, range.end));
        }
        return sentences;
    }

    /** SHA-256 (hex) of the rules in use, stored with each revision. */
    public static String rulesHash() {
        return RULES_HASH;
    }

    private static ISegmenter compile(String languageCode) {
        SRXDocument document = new SRXDocument();
        document.loadRules(new ByteArrayInputStream(RULES));
        return document.compileLanguageRules(LocaleId.fromString(languageCode), null);
    }

    private static byte[] readRules() {
        try (InputStream in = Segmentation.class.getResourceAsStream(RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Segmentation rules not on the classpath: " + RULES_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
