package dev.tessera.benchmark;

import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Approves every target of an article in one language as a copy of its source (the source's
 * inline notation), written with JDBC batches: then Tessera's reassembly does what Okapi's
 * bare merge does (target copied from source), and the two documents must be byte for byte
 * the same. The progress rows are set to "all approved" to match.
 */
public final class SourceAsTarget {

    private SourceAsTarget() {
    }

    /** Returns how many translations were approved. */
    public static int approveAll(DataSource dataSource, long articleId, String lang) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT t.id, s.source_coded, s.source_codes FROM translation t"
                     + " JOIN segment s ON s.id = t.segment_id WHERE t.article_id = ? AND t.lang = ?");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE translation SET status = 'APPROVED', target = ?, updated_at = now() WHERE id = ?");
             Statement progress = c.createStatement()) {
            read.setLong(1, articleId);
            read.setString(2, lang);
            int count = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    write.setString(1, InlineNotation.render(new SegmentContent(rows.getString(2), rows.getString(3))));
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    count++;
                }
            }
            write.executeBatch();
            progress.executeUpdate("UPDATE progress SET segments_approved = segments_total, words_approved = words_total,"
                    + " segments_new = 0, words_new = 0 WHERE article_id = " + articleId + " AND lang = '"
                    + lang.replace("'", "") + "'");
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
