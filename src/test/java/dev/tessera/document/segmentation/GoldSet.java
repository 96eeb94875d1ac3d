package dev.tessera.document.segmentation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * A sentence-segmentation gold set in the corpus TSV format ({@code id, input, expected}) and
 * its strict scoring rule: trim every segment, drop empty ones, and the whole list must equal
 * the expected sentences. Shared by the gold-set test and the throughput print.
 */
final class GoldSet {

    static final String DEFAULT_SRX = "/net/sf/okapi/lib/segmentation/defaultSegmentation.srx";

    record Case(String id, String input, List<String> expected) {
    }

    record Failure(Case goldCase, List<String> got) {
    }

    record Score(String name, int passed, int total, List<Failure> failures) {
        double percent() {
            return total == 0 ? 0 : 100.0 * passed / total;
        }
    }

    private GoldSet() {
    }

    /** Reads a gold set from a classpath resource. */
    static List<Case> load(String resource) {
        InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("No such resource: " + resource);
        }
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3) {
                    throw new IllegalStateException(resource + ": bad line " + line);
                }
                List<String> expected = normalise(Arrays.asList(unescape(columns[2]).split(" \\|\\|\\| ", -1)));
                cases.add(new Case(columns[0], unescape(columns[1]), expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Scores every case with a splitter, under the strict whole-paragraph rule. */
    static Score score(String name, List<Case> cases, Function<String, List<String>> splitter) {
        int passed = 0;
        List<Failure> failures = new ArrayList<>();
        for (Case goldCase : cases) {
            List<String> got = normalise(splitter.apply(goldCase.input()));
            if (got.equals(goldCase.expected())) {
                passed++;
            } else {
                failures.add(new Failure(goldCase, got));
            }
        }
        return new Score(name, passed, cases.size(), failures);
    }

    static List<String> normalise(List<String> segments) {
        List<String> result = new ArrayList<>();
        for (String segment : segments) {
            String trimmed = segment.trim();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return result;
    }

    /** Splits with a given compiled segmenter (used for Okapi's default rules). */
    static List<String> split(ISegmenter segmenter, String text) {
        segmenter.computeSegments(text);
        List<String> result = new ArrayList<>();
        for (Range range : segmenter.getRanges()) {
            result.add(text.substring(range.start, range.end));
        }
        return result;
    }

    /** Okapi's shipped default rules, compiled for a language (the baseline to compare with). */
    static ISegmenter okapiDefault(String language) {
        SRXDocument document = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream(DEFAULT_SRX)) {
            document.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document.compileLanguageRules(LocaleId.fromString(language), null);
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '\\' -> out.append('\\');
                    default -> out.append(c).append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
