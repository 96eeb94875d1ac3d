package dev.tessera.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.htmlparser.jericho.CharacterReference;

/**
 * Character references of HTML text ({@code &ndash;}, {@code &#8211;}, {@code &amp;}) as
 * translators see them and as the merged page writes them.
 *
 * <p>The HTML filter keeps references as written, which makes the identity merge exact; but a
 * translator should see and type a dash, not {@code &ndash;}. So the stored segment holds the
 * characters ({@link #decode}), and the merge writes a character back as a reference only
 * where the original wrote it as one ({@link #encodeLike}): the k-th occurrence of a character
 * in the target takes the form of the k-th occurrence of that character in the source segment
 * (reference or literal); occurrences beyond the source's take the source's first form;
 * characters the source does not have are written as typed (the writer escapes {@code <}).
 * An identity translation therefore gives every reference back where it was.
 *
 * <p>Only references closed by {@code ;} are decoded; a reference to U+0000 decodes to a NUL,
 * which the reader then refuses.
 */
final class HtmlEntities {

    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private HtmlEntities() {
    }

    /** The coded text with each character reference replaced by the character it stands for. */
    static String decode(String codedText) {
        if (codedText.indexOf('&') < 0) {
            return codedText;
        }
        Matcher m = REFERENCE.matcher(codedText);
        StringBuilder out = new StringBuilder(codedText.length());
        int from = 0;
        while (m.find()) {
            out.append(codedText, from, m.start()).append(decoded(m.group()));
            from = m.end();
        }
        return out.append(codedText, from, codedText.length()).toString();
    }

    /**
     * The target's coded text with its characters written as the source wrote them.
     *
     * @param target     decoded coded text (a translation)
     * @param sourceText the source segment's coded text as the filter read it (references kept)
     */
    static String encodeLike(String target, String sourceText) {
        Map<Integer, List<String>> forms = formsOf(sourceText);
        if (forms.isEmpty()) {
            return target;
        }
        Map<Integer, Integer> seen = new HashMap<>();
        StringBuilder out = new StringBuilder(target.length() + 16);
        for (int i = 0; i < target.length(); ) {
            int c = target.codePointAt(i);
            List<String> sourceForms = forms.get(c);
            if (sourceForms == null) {
                out.appendCodePoint(c);
            } else {
                int k = seen.merge(c, 1, Integer::sum) - 1;
                out.append(sourceForms.get(k < sourceForms.size() ? k : 0));
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** For each character the source wrote at least once as a reference: how each occurrence was written. */
    private static Map<Integer, List<String>> formsOf(String sourceText) {
        Map<Integer, List<String>> forms = new HashMap<>();
        if (sourceText.indexOf('&') < 0) {
            return forms;
        }
        List<int[]> order = new ArrayList<>(); // (code point, reference start or -1)
        Matcher m = REFERENCE.matcher(sourceText);
        int i = 0;
        Map<Integer, String> referenceAt = new HashMap<>();
        while (m.find()) {
            String value = decoded(m.group());
            if (value.codePointCount(0, value.length()) == 1 && !value.equals(m.group())) {
                referenceAt.put(m.start(), m.group());
            }
        }
        while (i < sourceText.length()) {
            String reference = referenceAt.get(i);
            if (reference != null) {
                order.add(new int[] {decoded(reference).codePointAt(0), i});
                i += reference.length();
            } else {
                int c = sourceText.codePointAt(i);
                order.add(new int[] {c, -1});
                i += Character.charCount(c);
            }
        }
        java.util.Set<Integer> referenced = new java.util.HashSet<>();
        order.stream().filter(o -> o[1] >= 0).forEach(o -> referenced.add(o[0]));
        for (int[] o : order) {
            if (referenced.contains(o[0])) {
                forms.computeIfAbsent(o[0], k -> new ArrayList<>())
                        .add(o[1] >= 0 ? referenceAt.get(o[1]) : new String(Character.toChars(o[0])));
            }
        }
        return forms;
    }

    private static String decoded(String reference) {
        return CharacterReference.decode(reference, false);
    }
}
