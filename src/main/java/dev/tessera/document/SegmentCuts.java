package dev.tessera.document;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

/**
 * Cutting a segment's content in two and joining two contents into one, for an editor's
 * segmentation fixes, and joining the targets of those parts again when the document is put back
 * together. Inline codes travel with the text around them: each part keeps exactly the codes it
 * contains (renumbered in the stored form, with their ids unchanged, so the notation of each part
 * shows the same tags as before); a cut that would separate the two tags of a pair is refused.
 */
public final class SegmentCuts {

    /** The two parts of a split and the text between them (whitespace at the cut). */
    public record Split(SegmentContent left, String between, SegmentContent right) {
    }

    /** Thrown when a split would cut an inline-code pair in two. */
    public static final class UnbalancedSplitException extends RuntimeException {
        public UnbalancedSplitException(String message) {
            super(message);
        }
    }

    private SegmentCuts() {
    }

    /** Characters of text (codes left out) in the content: the range a split offset may take. */
    public static int textLength(SegmentContent content) {
        return text(content).length();
    }

    /**
     * Splits before the {@code offset}-th text character (codes not counted). Closing and
     * standalone codes right at the cut stay with the first part, opening codes go with the second;
     * whitespace at the cut goes between the parts.
     *
     * @throws IllegalArgumentException unless {@code 0 < offset < textLength}
     * @throws UnbalancedSplitException if an inline-code pair would be cut in two
     */
    public static Split split(SegmentContent content, int offset) {
        String coded = content.codedText();
        if (offset <= 0 || offset >= textLength(content)) {
            throw new IllegalArgumentException("offset must be inside the text (1 to " + (textLength(content) - 1) + ")");
        }
        int cut = 0;
        for (int seen = 0; seen < offset; cut++) {
            if (CodeMarkers.isMarker(coded.charAt(cut))) {
                cut++;
            } else {
                seen++;
            }
        }
        while (cut < coded.length() && CodeMarkers.isMarker(coded.charAt(cut))
                && coded.charAt(cut) != TextFragment.MARKER_OPENING) {
            cut += 2;
        }
        int leftEnd = cut;
        // a code's index character (U+E110 and up) is never whitespace, so this stops at codes too
        while (leftEnd > 0 && Character.isWhitespace(coded.charAt(leftEnd - 1))) {
            leftEnd--;
        }
        int rightStart = cut;
        while (rightStart < coded.length() && Character.isWhitespace(coded.charAt(rightStart))) {
            rightStart++;
        }
        if (leftEnd == 0 || rightStart == coded.length()) {
            throw new IllegalArgumentException("both parts must have text besides whitespace");
        }
        List<Code> codes = codes(content);
        SegmentContent left = part(coded.substring(0, leftEnd), codes);
        SegmentContent right = part(coded.substring(rightStart), codes);
        if (isolated(left) + isolated(right) > isolated(content)) {
            throw new UnbalancedSplitException("the cut at " + offset + " separates the opening and closing tags of an inline code");
        }
        return new Split(left, coded.substring(leftEnd, rightStart), right);
    }

    /** {@code first}, then {@code between} as plain text, then {@code second}, with the codes of both. */
    public static SegmentContent join(SegmentContent first, String between, SegmentContent second) {
        List<Code> codes = new ArrayList<>(codes(first));
        int shift = codes.size();
        codes.addAll(codes(second));
        StringBuilder coded = new StringBuilder(first.codedText()).append(between);
        String tail = second.codedText();
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            coded.append(c);
            if (CodeMarkers.isMarker(c)) {
                coded.append(TextFragment.toChar(TextFragment.toIndex(tail.charAt(++i)) + shift));
            }
        }
        return new SegmentContent(coded.toString(), Code.codesToString(codes));
    }

    /** The content's text without codes, as a reader sees it (character references decoded in HTML). */
    public static String plainText(SegmentContent content, DocumentFormat format) {
        return Fragments.plainText(fragment(content), format);
    }

    private static String text(SegmentContent content) {
        return fragment(content).getText();
    }

    private static TextFragment fragment(SegmentContent content) {
        TextFragment fragment = new TextFragment();
        fragment.setCodedText(content.codedText(), codes(content), true);
        return fragment;
    }

    /** The part's coded text with its markers renumbered over only the codes it holds. */
    private static SegmentContent part(String coded, List<Code> all) {
        List<Code> kept = new ArrayList<>();
        StringBuilder out = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            out.append(c);
            if (CodeMarkers.isMarker(c)) {
                kept.add(all.get(TextFragment.toIndex(coded.charAt(++i))));
                out.append(TextFragment.toChar(kept.size() - 1));
            }
        }
        return new SegmentContent(out.toString(), Code.codesToString(kept));
    }

    private static int isolated(SegmentContent content) {
        int count = 0;
        for (CodeMarkers.Marker marker : CodeMarkers.of(content)) {
            if (marker.kind() == CodeToken.Kind.ISOLATED_OPENING || marker.kind() == CodeToken.Kind.ISOLATED_CLOSING) {
                count++;
            }
        }
        return count;
    }

    private static List<Code> codes(SegmentContent content) {
        return content.codes().isEmpty() ? new ArrayList<>() : Code.stringToCodes(content.codes());
    }
}
