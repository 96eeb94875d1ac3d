package dev.tessera.article;

import dev.tessera.document.DocumentFormat;
import dev.tessera.document.ExtractedSegment;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Stores the segments of a revision: extraction and segmentation on their own thread
 * ({@link SegmentStream}), rows streamed with COPY ({@link SegmentCopy}). Import and source
 * update both store a revision's segments through it; an import also creates the translation
 * rows of each stored run while the next segments are being cut.
 */
@ApplicationScoped
class RevisionSegments {

    /** Told each time a run of segments, positions [from, to), is in the table. */
    @FunctionalInterface
    interface StoredRun {
        void stored(int from, int to);

        StoredRun NONE = (from, to) -> { };
    }

    /** How many segments and words the revision has. */
    record Counts(int segments, int words) {
    }

    /**
     * Segments per stored run, handed to the {@link StoredRun} while extraction goes on. Smaller runs
     * overlap more of the database's work with the extraction: a 1 MB page (8,481 segments) took
     * 1.48 s with runs of 8,192 (its translation rows were written after the whole extraction),
     * 1.09-1.22 s with 512-2,048 (docs/BENCHMARKS.md, "Import throughput").
     */
    static final int RUN = 2048;

    private final AgroalDataSource dataSource;
    private final DocumentReaders readers;

    RevisionSegments(AgroalDataSource dataSource, DocumentReaders readers) {
        this.dataSource = dataSource;
        this.readers = readers;
    }

    /** Extracts {@code bytes} and stores every segment under the revision; the revision row must be flushed. */
    Counts store(long revisionId, byte[] bytes, DocumentFormat format, String sourceLang,
                 Consumer<ExtractedSegment> each, StoredRun runs) {
        try (SegmentStream stream = SegmentStream.start(readers.extraction(), readers.reader(), bytes, format, sourceLang);
             Connection connection = dataSource.getConnection();
             SegmentCopy copy = new SegmentCopy(connection, revisionId)) {
            int told = 0; // segments below this position have been handed to runs
            for (ExtractedSegment segment = stream.next(); segment != null; segment = stream.next()) {
                copy.accept(segment);
                each.accept(segment);
                if (copy.written() - told >= RUN) {
                    // While PostgreSQL works on this run, the extraction thread cuts the next segments.
                    int stored = copy.pause();
                    runs.stored(told, stored);
                    told = stored;
                    copy.resume();
                }
            }
            int segments = copy.finish();
            runs.stored(told, segments);
            return new Counts(segments, (int) copy.words());
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the segments failed", e);
        }
    }
}
