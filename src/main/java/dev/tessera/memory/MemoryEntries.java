package dev.tessera.memory;

import dev.tessera.common.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Writes memory entries in the caller's transaction: one for an approval (inside the approving
 * transaction, so the memory knows a translation exactly when its approval committed), many
 * for a TMX import (one batch, all or nothing). An entry is unique per (source language,
 * target language, source, target): approving a pair again refreshes its origin and time; a
 * TMX file never overwrites what the memory already holds.
 */
@ApplicationScoped
public class MemoryEntries {

    private static final String COLUMNS = "source_lang, target_lang, source, target, source_plain, target_plain,"
            + " source_hash, target_hash, source_words, terms, prev_hash, next_hash, origin,"
            + " article_id, segment_id, revision_id, user_id, created_at, updated_at";
    private static final String VALUES = " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONFLICT = " ON CONFLICT (source_lang, target_lang, source_hash, target_hash) DO ";

    private final EntityManager em;

    public MemoryEntries(EntityManager em) {
        this.em = em;
    }

    /** Remembers an approved translation, or refreshes the origin and time of the entry of the same pair. */
    public void remember(NewEntry entry) {
        rememberAll(List.of(entry));
    }

    /**
     * Remembers approved translations in one batch, as {@link #remember} would one by one. No
     * pair may come twice: a batch may be sent as one multi-row statement, which cannot update
     * a row twice.
     */
    public void rememberAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO memory_entry (" + COLUMNS + ")"
                    + VALUES + CONFLICT + """
                    UPDATE SET prev_hash = excluded.prev_hash, next_hash = excluded.next_hash, origin = excluded.origin,
                               article_id = excluded.article_id, segment_id = excluded.segment_id,
                               revision_id = excluded.revision_id, user_id = excluded.user_id,
                               updated_at = excluded.updated_at""")) {
                for (NewEntry entry : entries) {
                    bind(connection, insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Adds the entries the memory does not hold yet (pairs it holds, and repeats within the
     * list, are left out); returns how many were added. The entries go to a temporary table in
     * batches first, then into the memory in one statement that counts exactly.
     */
    public int addAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS memory_incoming ON COMMIT DROP AS SELECT "
                        + COLUMNS + " FROM memory_entry WITH NO DATA");
                statement.execute("TRUNCATE memory_incoming");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO memory_incoming (" + COLUMNS + ")"
                    + VALUES)) {
                int pending = 0;
                for (NewEntry entry : entries) {
                    bind(connection, insert, entry);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("INSERT INTO memory_entry (" + COLUMNS + ") SELECT " + COLUMNS
                        + " FROM memory_incoming ORDER BY created_at" + CONFLICT + "NOTHING");
            }
        });
    }

    private static void bind(Connection connection, PreparedStatement insert, NewEntry e) throws SQLException {
        Locale locale = MemoryText.locale(e.sourceLang());
        String sourcePlain = Notation.plain(e.source());
        Timestamp now = new Timestamp(System.currentTimeMillis());
        insert.setString(1, e.sourceLang());
        insert.setString(2, e.targetLang());
        insert.setString(3, e.source());
        insert.setString(4, e.target());
        insert.setString(5, sourcePlain);
        insert.setString(6, Notation.plain(e.target()));
        insert.setString(7, Sha256.hex(e.source()));
        insert.setString(8, Sha256.hex(e.target()));
        insert.setInt(9, MemoryText.wordCount(sourcePlain));
        insert.setArray(10, connection.createArrayOf("text", MemoryText.terms(sourcePlain, locale).toArray()));
        insert.setString(11, e.prevHash());
        insert.setString(12, e.nextHash());
        insert.setString(13, e.origin().column());
        setLong(insert, 14, e.articleId());
        setLong(insert, 15, e.segmentId());
        setLong(insert, 16, e.revisionId());
        setLong(insert, 17, e.userId());
        insert.setTimestamp(18, e.createdAt() == null ? now : Timestamp.from(e.createdAt()));
        insert.setTimestamp(19, now);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
