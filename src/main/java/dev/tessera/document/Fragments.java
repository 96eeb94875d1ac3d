package dev.tessera.document;

import java.util.ArrayList;
import java.util.List;

import net.htmlparser.jericho.CharacterReference;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

/**
 * Converts between the filter's text fragments and Tessera's stored {@link SegmentContent}.
 */
final class Fragments {

    private Fragments() {
    }

    static SegmentContent content(TextFragment fragment) {
        return new SegmentContent(fragment.getCodedText(), Code.codesToString(fragment.getCodes()));
    }

    /** The stored form of a source segment: for HTML with its character references decoded ({@link HtmlEntities}). */
    static SegmentContent content(TextFragment fragment, DocumentFormat format) {
        if (format != DocumentFormat.HTML) {
            return content(fragment);
        }
        return new SegmentContent(HtmlEntities.decode(fragment.getCodedText()), Code.codesToString(fragment.getCodes()));
    }

    /** The fragment for a stored target; HTML characters are written as references where the source had them. */
    static TextFragment fragment(SegmentContent target, TextFragment source, DocumentFormat format) {
        if (format != DocumentFormat.HTML) {
            return fragment(target, source);
        }
        return fragment(new SegmentContent(HtmlEntities.encodeLike(target.codedText(), source.getCodedText()),
                target.codes()), source);
    }

    /**
     * The fragment for a stored target. When the target carries the same codes as the freshly
     * extracted source (the normal case, since {@link InlineNotation#parse} reuses the
     * source's codes), the source's live code objects are used, so nothing the serialised
     * form might not keep is lost.
     */
    static TextFragment fragment(SegmentContent target, TextFragment source) {
        List<Code> codes;
        if (Code.codesToString(source.getCodes()).equals(target.codes())) {
            codes = new ArrayList<>(source.getCodes().size());
            for (Code code : source.getCodes()) {
                codes.add(code.clone());
            }
        } else {
            codes = target.codes().isEmpty() ? new ArrayList<>() : Code.stringToCodes(target.codes());
        }
        TextFragment fragment = new TextFragment();
        fragment.setCodedText(target.codedText(), codes, true);
        return fragment;
    }

    /**
     * The text a reader sees: codes dropped and, for HTML (whose entities the filter keeps as
     * written), character references decoded.
     */
    static String plainText(TextFragment fragment, DocumentFormat format) {
        String text = fragment.getText();
        if (format == DocumentFormat.HTML && text.indexOf('&') >= 0) {
            return CharacterReference.decode(text);
        }
        return text;
    }

    /** True when the text has nothing but whitespace (including no-break and zero-width spaces). */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
