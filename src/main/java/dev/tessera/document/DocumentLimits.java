package dev.tessera.document;

/**
 * Size limits applied before a document reaches a filter, so that a hostile upload cannot
 * exhaust memory or disk.
 *
 * @param maxDocumentBytes     largest accepted input, in bytes
 * @param maxUnpackedBytes     largest total uncompressed size of a DOCX package
 * @param maxEntries           most entries a DOCX package may have
 * @param maxCompressionRatio  highest uncompressed/compressed ratio of a DOCX package or of
 *                             one of its larger entries
 */
public record DocumentLimits(long maxDocumentBytes, long maxUnpackedBytes, int maxEntries, int maxCompressionRatio) {

    private static final long MB = 1024L * 1024L;

    public DocumentLimits {
        if (maxDocumentBytes <= 0 || maxUnpackedBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("Document limits must be positive");
        }
    }

    /** 50 MB input, 100 MB unpacked, 10,000 entries, ratio 100. */
    public static DocumentLimits defaults() {
        return new DocumentLimits(50 * MB, 100 * MB, 10_000, 100);
    }
}
