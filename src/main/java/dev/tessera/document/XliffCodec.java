package dev.tessera.document;

import java.io.OutputStream;

/**
 * Writes and reads one version of XLIFF, so that the exchange rules never see Okapi or XML:
 * out goes an {@link XliffFile}, back comes an {@link XliffContent} whose targets are in the
 * API's inline notation. Implementations are stateless.
 */
public interface XliffCodec {

    /** Writes the file as UTF-8. */
    void write(XliffFile file, OutputStream out);

    /**
     * Reads a file of this version.
     *
     * @throws DocumentException ({@code MALFORMED}) if the bytes are not a valid file of this version
     */
    XliffContent read(byte[] bytes);

    static XliffCodec of(XliffVersion version) {
        return switch (version) {
            case V1_2 -> new Xliff12Codec();
            case V2_0 -> new Xliff20Codec();
        };
    }
}
