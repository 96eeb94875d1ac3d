package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

class InlineNotationTest {

    /** "Read <b>the report</b> now.<br/>" */
    private static SegmentContent readTheReport() {
        TextFragment fragment = new TextFragment("Read ");
        fragment.append(TagType.OPENING, "b", "<b>", 1);
        fragment.append("the report");
        fragment.append(TagType.CLOSING, "b", "</b>", 1);
        fragment.append(" now.");
        fragment.append(TagType.PLACEHOLDER, "br", "<br/>", 2);
        return Fragments.content(fragment);
    }

    @Test
    void rendersPairsPlaceholdersAndIsolatedCodes() {
        assertThat(InlineNotation.render(readTheReport())).isEqualTo("Read <1>the report</1> now.<2/>");

        TextFragment isolated = new TextFragment();
        isolated.append(TagType.OPENING, "i", "<i>", 3);
        isolated.append("starts here. Ends ");
        isolated.append(TagType.CLOSING, "b", "</b>", 4);
        assertThat(InlineNotation.render(Fragments.content(isolated))).isEqualTo("<b3/>starts here. Ends <e4/>");
    }

    @Test
    void escapesTextThatLooksLikeATag() {
        SegmentContent content = SegmentContent.ofText("if a <1> b then C:\\dir\\<2/>");

        String notation = InlineNotation.render(content);

        assertThat(notation).isEqualTo("if a \\<1> b then C:\\\\dir\\\\\\<2/>");
        assertThat(InlineNotation.codeTokens(notation)).isEmpty();
        assertThat(InlineNotation.parse(notation, content)).isEqualTo(content);
        assertThat(InlineNotation.plainText(notation)).isEqualTo("if a <1> b then C:\\dir\\<2/>");
    }

    @Test
    void parseMapsTagsBackToTheSourceCodesAndAllowsReordering() {
        SegmentContent source = readTheReport();

        SegmentContent target = InlineNotation.parse("<2/>Şimdi <1>raporu</1> okuyun.", source);

        assertThat(target.codes()).isEqualTo(source.codes());
        assertThat(InlineNotation.render(target)).isEqualTo("<2/>Şimdi <1>raporu</1> okuyun.");
    }

    @Test
    void parseReportsEveryKindOfProblem() {
        SegmentContent source = readTheReport();

        assertThat(types("Read the report now.<2/>", source))
                .containsOnly(InlineCodeProblem.Type.MISSING_CODE);
        assertThat(types("Read <1>the report</1> now.<2/><3/>", source))
                .containsExactly(InlineCodeProblem.Type.UNKNOWN_CODE);
        assertThat(types("Read <1>the report</1> now.<2/><2/>", source))
                .containsExactly(InlineCodeProblem.Type.DUPLICATED_CODE);
        assertThat(types("Read </1>the report<1> now.<2/>", source))
                .contains(InlineCodeProblem.Type.UNBALANCED_PAIR);
        assertThat(types("Read <1>the report</1> now <2/> if a < b", source))
                .containsExactly(InlineCodeProblem.Type.MALFORMED_TAG);
        assertThat(types("Read <1>the report</1> now.<2/>\uE101", source))
                .containsExactly(InlineCodeProblem.Type.MALFORMED_TAG);
    }

    @Test
    void misnestedPairsAreRefused() {
        TextFragment fragment = new TextFragment();
        fragment.append(TagType.OPENING, "b", "<b>", 1);
        fragment.append("bold ");
        fragment.append(TagType.OPENING, "i", "<i>", 2);
        fragment.append("both");
        fragment.append(TagType.CLOSING, "i", "</i>", 2);
        fragment.append(TagType.CLOSING, "b", "</b>", 1);
        SegmentContent source = Fragments.content(fragment);

        assertThat(InlineNotation.render(source)).isEqualTo("<1>bold <2>both</2></1>");
        assertThat(types("<1>bold <2>both</1></2>", source)).contains(InlineCodeProblem.Type.MISNESTED_PAIR);
        assertThatThrownBy(() -> InlineNotation.parse("<1>bold <2>both</1></2>", source))
                .isInstanceOf(InlineNotationException.class)
                .satisfies(e -> assertThat(((InlineNotationException) e).problems()).isNotEmpty());
    }

    @Test
    void aMisnestedPairIsReportedOnceAndNothingElse() {
        TextFragment fragment = new TextFragment();
        fragment.append(TagType.OPENING, "b", "<b>", 1);
        fragment.append("bold ");
        fragment.append(TagType.OPENING, "i", "<i>", 2);
        fragment.append("both");
        fragment.append(TagType.CLOSING, "i", "</i>", 2);
        fragment.append(TagType.CLOSING, "b", "</b>", 1);
        SegmentContent source = Fragments.content(fragment);

        assertThat(InlineNotation.problems("<1>bold <2>both</1></2>", source)).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(InlineCodeProblem.Type.MISNESTED_PAIR);
            assertThat(p.tag()).isEqualTo("</1>");
            assertThat(p.message()).isEqualTo("</1> closes before the tags opened inside it");
        });
    }

    @Test
    void eachProblemNamesItsTagAndSaysWhatIsWrong() {
        SegmentContent source = readTheReport();

        assertThat(InlineNotation.problems("Read <1>the report now.<2/>", source))
                .extracting(InlineCodeProblem::type, InlineCodeProblem::tag, InlineCodeProblem::message)
                .containsExactlyInAnyOrder(
                        tuple(InlineCodeProblem.Type.UNBALANCED_PAIR, "<1>", "<1> is never closed"),
                        tuple(InlineCodeProblem.Type.MISSING_CODE, "</1>", "</1> is missing"));
        assertThat(InlineNotation.problems("Read the report</1> <1>now.<2/>", source))
                .extracting(InlineCodeProblem::type, InlineCodeProblem::message)
                .containsExactly(
                        tuple(InlineCodeProblem.Type.UNBALANCED_PAIR, "</1> closes nothing"),
                        tuple(InlineCodeProblem.Type.UNBALANCED_PAIR, "<1> is never closed"));
        assertThat(InlineNotation.problems("Read <1>the report</1> now.<2/><3/>", source))
                .extracting(InlineCodeProblem::message).containsExactly("the source has no code <3/>");
        assertThat(InlineNotation.problems("Read <1>the report</1> now.<2/><2/>", source))
                .extracting(InlineCodeProblem::message).containsExactly("<2/> appears more often than in the source");
        assertThat(InlineNotation.problems("Read <1>the report</1> now. <x", source))
                .extracting(InlineCodeProblem::tag, InlineCodeProblem::message)
                .containsExactlyInAnyOrder(
                        tuple("<x", "'<x' at 28 is not a tag; write \\< for a literal <"),
                        tuple("<2/>", "<2/> is missing"));
        assertThat(InlineNotation.problems("Read <1>the report</1> now.<2/> \uE101", source))
                .extracting(InlineCodeProblem::tag, InlineCodeProblem::message)
                .containsExactly(tuple("U+E101", "reserved character U+e101 at 32"));
    }

    @Test
    void aTagThatIsNotQuiteATagIsShownWithWhatFollowsIt() {
        SegmentContent text = SegmentContent.ofText("x");

        assertThat(InlineNotation.problems("a <b1> and more text here", text)).singleElement()
                .satisfies(p -> assertThat(p.tag()).isEqualTo("<b1> and mor"));
        assertThat(InlineNotation.problems("a <1", text)).singleElement().satisfies(p -> assertThat(p.tag()).isEqualTo("<1"));
    }

    @Test
    void aTrailingBackslashIsALiteralBackslash() {
        SegmentContent content = SegmentContent.ofText("C:\\dir\\");

        assertThat(InlineNotation.plainText("C:\\dir\\")).isEqualTo("C:\\dir\\");
        assertThat(InlineNotation.problems("C:\\dir\\", content)).isEmpty();
        assertThat(InlineNotation.plainText("\\")).isEqualTo("\\");
        assertThat(InlineNotation.plainText("a\\\\")).as("an escaped backslash at the end").isEqualTo("a\\");
        assertThat(InlineNotation.plainText("a\\b\\<")).isEqualTo("a\\b<");
    }

    @Test
    void isolatedTagsMustCloseThemselves() {
        assertThat(InlineNotation.codeTokens("<b3> <e4> <b5/> <e6/>")).extracting(CodeToken::kind)
                .containsExactly(CodeToken.Kind.ISOLATED_OPENING, CodeToken.Kind.ISOLATED_CLOSING);
        assertThat(InlineNotation.plainText("<b3> x")).isEqualTo("<b3> x");
    }

    @Test
    void codeTokensListTheTagsWithTheirShapeAndPlace() {
        assertThat(InlineNotation.codeTokens("a <1>b</1> <2/> <b3/>c<e4/> \\<5/>"))
                .extracting(CodeToken::tag)
                .containsExactly("<1>", "</1>", "<2/>", "<b3/>", "<e4/>");
        CodeToken first = InlineNotation.codeTokens("a <1>b</1>").get(0);
        assertThat(first).isEqualTo(new CodeToken(CodeToken.Kind.OPENING, 1, 2, 5));
    }

    private static java.util.List<InlineCodeProblem.Type> types(String notation, SegmentContent source) {
        return InlineNotation.problems(notation, source).stream().map(InlineCodeProblem::type).toList();
    }
}
