package dev.tessera.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * The inline-code markers of a segment's coded text, each with the tag shape it is written as.
 *
 * <p>A pair is rendered as a pair only when its opening and closing markers nest properly
 * inside the segment; any other opening or closing marker is written as an isolated tag. This
 * makes every rendered notation well-formed, so that parsing it gives the content back.
 */
final class CodeMarkers {

    /** One marker: where it is in the coded text, its two characters, and its tag shape. */
    record Marker(int offset, char marker, char index, CodeToken.Kind kind, int id) {
    }

    private CodeMarkers() {
    }

    static boolean isMarker(char c) {
        return c == TextFragment.MARKER_OPENING || c == TextFragment.MARKER_CLOSING
                || c == TextFragment.MARKER_ISOLATED;
    }

    static List<Marker> of(SegmentContent content) {
        String text = content.codedText();
        List<Code> codes = content.codes().isEmpty() ? List.of() : Code.stringToCodes(content.codes());
        CodeToken.Kind[] kinds = new CodeToken.Kind[text.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMarker(c)) {
                continue;
            }
            Code code = code(codes, text, i);
            if (c == TextFragment.MARKER_OPENING) {
                open.push(i);
            } else if (c == TextFragment.MARKER_CLOSING) {
                if (!open.isEmpty() && code(codes, text, open.peek()).getId() == code.getId()) {
                    kinds[open.pop()] = CodeToken.Kind.OPENING;
                    kinds[i] = CodeToken.Kind.CLOSING;
                } else {
                    kinds[i] = CodeToken.Kind.ISOLATED_CLOSING;
                }
            } else {
                kinds[i] = isolatedKind(code.getTagType());
            }
            i++;
        }
        for (int offset : open) {
            kinds[offset] = CodeToken.Kind.ISOLATED_OPENING;
        }
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (kinds[i] != null) {
                markers.add(new Marker(i, text.charAt(i), text.charAt(i + 1), kinds[i], code(codes, text, i).getId()));
                i++;
            }
        }
        return markers;
    }

    private static CodeToken.Kind isolatedKind(TagType tagType) {
        return switch (tagType) {
            case OPENING -> CodeToken.Kind.ISOLATED_OPENING;
            case CLOSING -> CodeToken.Kind.ISOLATED_CLOSING;
            case PLACEHOLDER -> CodeToken.Kind.PLACEHOLDER;
        };
    }

    private static Code code(List<Code> codes, String text, int markerOffset) {
        if (markerOffset + 1 >= text.length()) {
            throw new IllegalArgumentException("Coded text ends inside a code marker");
        }
        int index = TextFragment.toIndex(text.charAt(markerOffset + 1));
        if (index < 0 || index >= codes.size()) {
            throw new IllegalArgumentException("Coded text refers to code " + index + " of " + codes.size());
        }
        return codes.get(index);
    }
}
