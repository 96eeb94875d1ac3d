package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * Random fragments (text with tag-like characters, Cyrillic and Turkish letters; nested pairs,
 * placeholders, unmatched openings and closings) survive render → parse unchanged.
 */
class InlineNotationPropertiesTest {

    private static final String ALPHABET = "ab <>/\\0129 İıŞşĞğÇçÖöÜüЖжЯяЁё.,'&;\"";

    @Property(tries = 500)
    void renderThenParseGivesTheSameContent(@ForAll("fragments") SegmentContent content) {
        String notation = InlineNotation.render(content);

        assertThat(InlineNotation.problems(notation, content)).isEmpty();
        assertThat(InlineNotation.parse(notation, content)).isEqualTo(content);
    }

    @Property(tries = 500)
    void renderParseRenderIsStable(@ForAll("fragments") SegmentContent content) {
        String notation = InlineNotation.render(content);

        assertThat(InlineNotation.render(InlineNotation.parse(notation, content))).isEqualTo(notation);
    }

    @Property(tries = 300)
    void textNeverTurnsIntoTags(@ForAll("texts") String text) {
        SegmentContent content = SegmentContent.ofText(text);

        assertThat(InlineNotation.codeTokens(InlineNotation.render(content))).isEmpty();
        assertThat(InlineNotation.plainText(InlineNotation.render(content))).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(30);
    }

    @Provide
    Arbitrary<SegmentContent> fragments() {
        Arbitrary<Integer> step = Arbitraries.integers().between(0, 5);
        return texts().list().ofMaxSize(8)
                .flatMap(texts -> step.list().ofSize(texts.size() + 1).map(steps -> build(texts, steps)));
    }

    /** Interleaves text with codes: 0 text only, 1 open, 2 close, 3 placeholder, 4 lone opening, 5 lone closing. */
    private static SegmentContent build(List<String> texts, List<Integer> steps) {
        TextFragment fragment = new TextFragment();
        Deque<Integer> open = new ArrayDeque<>();
        int nextId = 1;
        for (int i = 0; i < steps.size(); i++) {
            switch (steps.get(i)) {
                case 1 -> {
                    open.push(nextId);
                    fragment.append(TagType.OPENING, "b", "<b>", nextId++);
                }
                case 2 -> {
                    if (!open.isEmpty()) {
                        fragment.append(TagType.CLOSING, "b", "</b>", open.pop());
                    }
                }
                case 3 -> fragment.append(TagType.PLACEHOLDER, "br", "<br/>", nextId++);
                case 4 -> fragment.append(TagType.OPENING, "i", "<i>", nextId++);
                case 5 -> fragment.append(TagType.CLOSING, "u", "</u>", nextId++);
                default -> {
                }
            }
            if (i < texts.size()) {
                fragment.append(texts.get(i));
            }
        }
        return Fragments.content(fragment);
    }
}
