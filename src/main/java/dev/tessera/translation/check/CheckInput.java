package dev.tessera.translation.check;

import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import java.util.Objects;

/**
 * What a check sees of a translation: source and target in the inline notation, the source's
 * stored content (whose codes the target must carry), the two languages, and whether the
 * target is being submitted rather than saved as a draft. A null target is read as empty.
 */
public record CheckInput(String sourceNotation, SegmentContent sourceContent,
                         String targetNotation, String sourceLang, String targetLang, boolean submitting) {

    public CheckInput {
        Objects.requireNonNull(sourceNotation, "sourceNotation");
        Objects.requireNonNull(sourceContent, "sourceContent");
        targetNotation = targetNotation == null ? "" : targetNotation;
    }

    /** The source as a reader sees it: tags removed, escapes undone. */
    public String sourcePlain() {
        return InlineNotation.plainText(sourceNotation);
    }

    /** The target as a reader sees it: tags removed, escapes undone. */
    public String targetPlain() {
        return InlineNotation.plainText(targetNotation);
    }

    /** Whether the target shows nothing but whitespace; most warnings then leave it to {@code empty-target}. */
    boolean targetBlank() {
        return isBlank(targetPlain());
    }

    /** True for text of nothing but whitespace, including no-break and zero-width spaces. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(CheckInput::isSpace);
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
