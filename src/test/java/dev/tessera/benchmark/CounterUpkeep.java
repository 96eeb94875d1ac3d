package dev.tessera.benchmark;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What keeping the progress counters costs a save, measured through Tessera's own save
 * ({@code PUT /api/segments/{id}/translations/{lang}}) on two instances of the packaged service
 * over the same database: one as shipped, one started with the benchmark-only
 * {@code tessera.progress.counters-enabled=false}, whose saves skip {@code ProgressCounters.move}
 * and nothing else.
 *
 * <p>One article per round, cut into runs of 10 consecutive segments, as the queue hands them
 * out; the runs alternate between the two instances (every other run each, so both work on the
 * same article and the same shard rows), and each instance's runs are dealt out to the users.
 * Each user saves every segment of its runs as a draft, then submits it, with the version the
 * previous answer gave. Which instance goes first changes every round. Any answer but 200, or
 * a user running out of segments before the stage ends, fails the benchmark.
 */
final class CounterUpkeep {

    private final String lang;

    CounterUpkeep(String lang) {
        this.lang = lang;
    }

    /** One translation row to save: its segment and the version it has now. */
    record Row(long segmentId, int version) {
    }

    /** The article's rows in the language, in document order, cut into runs of 10; {@code half} 0 or 1 picks every other run. */
    static List<List<Row>> runs(Connection c, long articleId, String lang, int half) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT segment_id, version FROM translation"
                + " WHERE article_id = ? AND lang = ? AND status = 'NEW' ORDER BY position")) {
            q.setLong(1, articleId);
            q.setString(2, lang);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getInt(2)));
                }
            }
        }
        List<List<Row>> runs = new ArrayList<>();
        for (int from = 0, run = 0; from < rows.size(); from += 10, run++) {
            if (run % 2 == half) {
                runs.add(rows.subList(from, Math.min(from + 10, rows.size())));
            }
        }
        return runs;
    }

    /** Saves the runs with one user per token for {@code seconds}; every save is counted in {@code saves}. */
    Stage run(String name, URI base, List<String> tokens, List<List<Row>> runs, int seconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ranOut = new AtomicInteger();
        Stage stage = Stage.withUsers(name, seconds, base, tokens, (client, s) -> {
            while (s.running()) {
                int i = next.getAndIncrement();
                if (i >= runs.size()) {
                    ranOut.incrementAndGet();
                    return;
                }
                for (Row row : runs.get(i)) {
                    if (!s.running()) {
                        return;
                    }
                    save(client, s, row);
                }
            }
        });
        if (ranOut.get() > 0) {
            throw new IllegalStateException(name + ": " + ranOut.get() + " users ran out of segments before the stage"
                    + " ended; import larger upkeep articles");
        }
        return stage;
    }

    private void save(TesseraClient client, Stage stage, Row row) throws Exception {
        String path = "/api/segments/" + row.segmentId() + "/translations/" + lang;
        String target = "Перевод сегмента " + row.segmentId();
        int version = row.version();
        for (String status : List.of("DRAFT", "TRANSLATED")) {
            long started = System.nanoTime();
            TesseraClient.Answer saved = client.put(path, Map.of("target", target, "status", status, "version", version));
            long ended = System.nanoTime();
            if (saved.status() != 200) {
                throw new IllegalStateException("upkeep save " + status + " of segment " + row.segmentId() + ": "
                        + saved.status() + " " + saved.body());
            }
            stage.saves.record(started, ended, stage.startNanos, 1);
            version = saved.body().get("translation").get("version").asInt();
        }
    }
}
