package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.article.SegmentMatching.Kind;
import dev.tessera.article.SegmentMatching.Match;
import dev.tessera.article.SegmentMatching.Result;
import dev.tessera.article.SegmentMatching.Sentence;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SegmentMatchingTest {

    private final SegmentMatching matching = new SegmentMatching(75);

    private static List<Sentence> sentences(String... texts) {
        return Stream.of(texts).map(t -> new Sentence("h:" + t, t)).toList();
    }

    private static String kinds(Result result, int newSize) {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < newSize; n++) {
            int at = n;
            Match m = result.matches().stream().filter(x -> x.newIndex() == at).findFirst().orElse(null);
            out.append(m == null ? "new" : m.kind().name().toLowerCase(java.util.Locale.ROOT) + m.oldIndex()).append(' ');
        }
        return out.toString().strip();
    }

    @Test
    void anInsertedSentenceAtTheTopKeepsEveryOther() {
        Result r = matching.match(sentences("A one.", "B two.", "C three."),
                sentences("New lead sentence here.", "A one.", "B two.", "C three."));
        assertThat(kinds(r, 4)).isEqualTo("new kept0 kept1 kept2");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void reorderedSentencesAreMovedNotNew() {
        Result r = matching.match(sentences("A one.", "B two.", "C three.", "D four."),
                sentences("C three.", "A one.", "B two.", "D four."));
        assertThat(kinds(r, 4)).isEqualTo("moved2 kept0 kept1 kept3");
    }

    @Test
    void oneChangedWordMakesThatSentenceStaleWithItsScore() {
        Result r = matching.match(
                sentences("The grid queue passed 1,500 gigawatts in the EU last year.", "Other text stays."),
                sentences("The grid queue passed 1,600 gigawatts in the EU last year.", "Other text stays."));
        assertThat(kinds(r, 2)).isEqualTo("stale0 kept1");
        assertThat(r.matches().get(0).score()).isBetween(75, 99);
    }

    @Test
    void aRewrittenSentenceIsNewAndTheOldOneRemoved() {
        Result r = matching.match(sentences("Prices rose sharply in August.", "Stays."),
                sentences("Completely different words appear now instead.", "Stays."));
        assertThat(kinds(r, 2)).isEqualTo("new kept1");
        assertThat(r.removed()).containsExactly(0);
    }

    @Test
    void oneOldSentenceFeedsAtMostOneNewSentenceTheBestFirst() {
        // Two edited copies of one old sentence: the closer edit takes it, the other is new.
        Result r = matching.match(sentences("one two three four five six seven eight nine ten."),
                sentences("one two three four five six seven eight zero eleven.",
                        "one two three four five six seven eight nine ten!"));
        assertThat(kinds(r, 2)).isEqualTo("new stale0");
    }

    @Test
    void aRepeatedSentenceIsMatchedToTheNearestCopy() {
        Result r = matching.match(sentences("Same.", "x1 a.", "x2 b.", "x3 c.", "Same."),
                sentences("y1 q.", "y2 r.", "y3 s.", "x3 c.", "Same."));
        assertThat(kinds(r, 5)).isEqualTo("new new new kept3 kept4");
        assertThat(r.removed()).containsExactly(0, 1, 2);
    }

    @Test
    void aDeletedParagraphRemovesExactlyItsSentences() {
        Result r = matching.match(sentences("A.", "B b.", "C c.", "D d."), sentences("A.", "D d."));
        assertThat(kinds(r, 2)).isEqualTo("kept0 kept3");
        assertThat(r.removed()).containsExactly(1, 2);
        assertThat(r.count(Kind.KEPT)).isEqualTo(2);
    }
}
