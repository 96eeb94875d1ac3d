package dev.tessera.article;

import dev.tessera.common.Sha256;
import dev.tessera.document.ExtractedSegment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams extracted segments into the {@code segment} table with PostgreSQL's COPY, as they
 * come out of the filter: one round of network writes per 256 KB whatever the article's
 * size, and never the whole article in memory. Each row carries its neighbours' source
 * hashes, so one segment is held back until the next one is known.
 */
final class SegmentCopy implements Consumer<ExtractedSegment>, AutoCloseable {

    private static final String SQL = "COPY segment (revision_id, position, text_unit_id, okapi_segment_id, "
            + "source_coded, source_codes, plain_text, word_count, source_hash, prev_hash, next_hash) "
            + "FROM STDIN (FORMAT csv)";
    private static final int FLUSH_BYTES = 256 * 1024;

    private final long revisionId;
    private final Connection connection;
    private CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 8192);
    private final StringBuilder row = new StringBuilder(512);

    private ExtractedSegment pending;
    private String pendingHash;
    private String previousHash;
    private int count;
    private long words;

    SegmentCopy(Connection connection, long revisionId) throws SQLException {
        this.revisionId = revisionId;
        this.connection = connection;
        resume();
    }

    @Override
    public void accept(ExtractedSegment segment) {
        String hash = sourceHash(segment.notation());
        if (pending != null) {
            write(pending, pendingHash, hash);
        }
        pending = segment;
        pendingHash = hash;
    }

    /**
     * Ends the COPY so that the connection can run other statements; the segment held back
     * for its neighbour's hash stays held. Returns how many segments are stored: positions
     * below this number.
     */
    int pause() throws SQLException {
        flush();
        copy.endCopy();
        return count;
    }

    /** Starts a new COPY after {@link #pause}. */
    void resume() throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
    }

    /** Segments written so far (the one held back not included). */
    int written() {
        return count;
    }

    /** Writes the last segment and ends the COPY; returns the number of segments written. */
    int finish() throws SQLException {
        if (pending != null) {
            write(pending, pendingHash, null);
            pending = null;
        }
        flush();
        copy.endCopy();
        return count;
    }

    long words() {
        return words;
    }

    private void write(ExtractedSegment s, String hash, String nextHash) {
        row.setLength(0);
        row.append(revisionId).append(',').append(s.position()).append(',');
        quoted(s.textUnitId()).append(',');
        quoted(s.segmentId()).append(',');
        quoted(s.content().codedText()).append(',');
        quoted(s.content().codes()).append(',');
        quoted(s.plainText()).append(',');
        row.append(s.wordCount()).append(',').append(hash).append(',');
        if (previousHash != null) {
            row.append(previousHash);
        }
        row.append(',');
        if (nextHash != null) {
            row.append(nextHash);
        }
        row.append('\n');
        buffer.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        previousHash = hash;
        count++;
        words += s.wordCount();
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** CSV quoting: always quoted, so that an empty string stays empty and is not NULL. */
    private StringBuilder quoted(String value) {
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        return row.append('"');
    }

    private void flush() {
        if (buffer.size() == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Writing segments failed", e);
        }
        buffer.reset();
    }

    /** The hash by which segments are matched across revisions and in memory: text and codes. */
    String sourceHash(String notation) {
        return Sha256.hex(notation);
    }

    @Override
    public void close() {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }
}
