package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The small value types of the document package at the edges of their rules: byte-order
 * marks of exactly their length and no other bytes, each document limit refused at zero and
 * accepted at one, NUL at the first position of segment content, the XLIFF version labels.
 */
class DocumentValuesTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void aByteOrderMarkIsExactlyItsBytes() {
        assertThat(ByteOrderMark.charsetOf(bytes(0xEF, 0xBB, 0xBF))).contains(StandardCharsets.UTF_8);
        assertThat(ByteOrderMark.charsetOf(bytes(0xFF, 0xFE))).contains(StandardCharsets.UTF_16LE);
        assertThat(ByteOrderMark.charsetOf(bytes(0xFE, 0xFF))).contains(StandardCharsets.UTF_16BE);
        assertThat(ByteOrderMark.charsetOf(bytes(0xEF, 0xBB))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(bytes(0x00, 0xBB, 0xBF))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(bytes(0xEF, 0x00, 0xBF))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(bytes(0xEF, 0xBB, 0x00))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(bytes(0xFF))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(bytes(0xFE))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(bytes(0xFF, 0xFF))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(bytes(0xFE, 0xFE))).isEmpty();
        assertThat(ByteOrderMark.charsetOf(new byte[0])).isEmpty();
    }

    @Test
    void onlyTheTwoUtf16MarksAreUtf16() {
        assertThat(ByteOrderMark.isUtf16(bytes(0xFF, 0xFE, 'a', 0))).isTrue();
        assertThat(ByteOrderMark.isUtf16(bytes(0xFE, 0xFF, 0, 'a'))).isTrue();
        assertThat(ByteOrderMark.isUtf16(bytes(0xEF, 0xBB, 0xBF, 'a'))).isFalse();
        assertThat(ByteOrderMark.isUtf16(bytes('a', 'b'))).isFalse();
    }

    @Test
    void everyLimitMustBeAtLeastOne() {
        assertThatCode(() -> new DocumentLimits(1, 1, 1, 1)).doesNotThrowAnyException();
        assertRefused(() -> new DocumentLimits(0, 1, 1, 1));
        assertRefused(() -> new DocumentLimits(1, 0, 1, 1));
        assertRefused(() -> new DocumentLimits(1, 1, 0, 1));
        assertRefused(() -> new DocumentLimits(1, 1, 1, 0));
    }

    private static void assertRefused(Runnable limits) {
        assertThatThrownBy(limits::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document limits must be positive");
    }

    @Test
    void segmentContentRefusesNulEvenInItsFirstCharacter() {
        assertThatThrownBy(() -> new SegmentContent("\0a", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Segment content must not contain NUL characters");
        assertThatThrownBy(() -> new SegmentContent("a", "\0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Segment content must not contain NUL characters");
        assertThat(SegmentContent.ofText("a").codes()).isEmpty();
    }

    @Test
    void xliffVersionsByLabel() {
        assertThat(XliffVersion.V1_2.label()).isEqualTo("1.2");
        assertThat(XliffVersion.V2_0.label()).isEqualTo("2.0");
        assertThat(XliffVersion.fromLabel("1.2")).contains(XliffVersion.V1_2);
        assertThat(XliffVersion.fromLabel("2.0")).contains(XliffVersion.V2_0);
        assertThat(XliffVersion.fromLabel("2.1")).isEmpty();
    }
}
