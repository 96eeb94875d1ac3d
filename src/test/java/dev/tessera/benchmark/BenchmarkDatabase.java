package dev.tessera.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark's PostgreSQL: an embedded PostgreSQL 17 set up as Tessera's own embedded
 * database runs (fsync and synchronous commit on), reached by the service through the
 * datasource variables and by the baselines over JDBC. Any server setting can be tried with a
 * system property {@code -Dbench.pg.<setting>=<value>} (for example
 * {@code -Dbench.pg.commit_delay=200}); {@link #settings()} prints what ran.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    final String jdbcUrl;

    BenchmarkDatabase(boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "512MB");
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.pg."))
                .forEach(k -> builder.setServerConfig(k.substring("bench.pg.".length()), System.getProperty(k)));
        postgres = builder.start();
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    /** The same connections as {@link #connect}, for code that takes a data source. */
    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(jdbcUrl);
        source.setUser("postgres");
        source.setPassword("");
        return source;
    }

    long number(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Live and dead tuples and vacuum counts of a table, as {@code pg_stat_user_tables} has them now. */
    String tuples(String table) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT n_live_tup, n_dead_tup, autovacuum_count, autoanalyze_count,"
                     + " pg_size_pretty(pg_total_relation_size(relid)) FROM pg_stat_user_tables WHERE relname = '"
                     + table + "'")) {
            r.next();
            return String.format("%s: live %d, dead %d, autovacuums %d, autoanalyzes %d, size %s", table, r.getLong(1),
                    r.getLong(2), r.getLong(3), r.getLong(4), r.getString(5));
        }
    }

    /** The settings that decide what a commit costs, as the server has them. */
    String settings() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name, current_setting(name) FROM pg_settings WHERE name IN"
                     + " ('fsync', 'synchronous_commit', 'commit_delay', 'commit_siblings', 'wal_buffers', 'wal_writer_delay',"
                     + " 'wal_writer_flush_after', 'wal_compression', 'full_page_writes', 'max_wal_size', 'shared_buffers',"
                     + " 'wal_sync_method', 'max_connections') ORDER BY name")) {
            while (r.next()) {
                out.append(out.isEmpty() ? "" : ", ").append(r.getString(1)).append('=').append(r.getString(2));
            }
        }
        return out.toString();
    }

    /**
     * WAL and commit counters now: {WAL records, full-page images, WAL bytes, WAL writes, WAL
     * syncs, commits} ({@code pg_stat_wal}, {@code pg_stat_database}); two snapshots around a
     * stage tell what each save cost in WAL and flushes.
     */
    long[] walCounters() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT w.wal_records, w.wal_fpi, w.wal_bytes::bigint, w.wal_write, w.wal_sync,"
                     + " (SELECT sum(xact_commit) FROM pg_stat_database) FROM pg_stat_wal w")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)};
        }
    }

    /**
     * {@link #walCounters()} once the stage's backends have reported: a backend sends its
     * statistics at most once a second, the last ones about a second after it went idle, so a
     * snapshot taken at once leaves up to a second of the stage for the next one (with 3 s
     * stages that made a slower stage look like it wrote several times the WAL per save).
     */
    long[] walCountersAfterStage() throws SQLException, InterruptedException {
        Thread.sleep(1_500);
        return walCounters();
    }

    /** What happened between two {@link #walCounters()} snapshots, per unit of work (a save). */
    static String perUnit(long[] before, long[] after, long units) {
        double n = Math.max(1, units);
        return String.format(Locale.ROOT, "per save: %.1f WAL records, %.2f full-page images, %.0f WAL bytes,"
                        + " %.2f WAL writes, %.2f WAL syncs, %.2f commits", (after[0] - before[0]) / n,
                (after[1] - before[1]) / n, (after[2] - before[2]) / n, (after[3] - before[3]) / n,
                (after[4] - before[4]) / n, (after[5] - before[5]) / n);
    }

    /**
     * Processor time PostgreSQL has used so far, in milliseconds: the postmaster with its reaped
     * children, and every live child (backends, WAL writer, checkpointer, autovacuum), from
     * {@code /proc}; two readings around a stage give the database's cost per request.
     */
    long cpuMillis() throws SQLException, IOException {
        long postmaster = ticks(backendPid())[0];
        long total = 0;
        long[] own = ticks(postmaster);
        total += own[1] + own[2] + own[3] + own[4];
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) processes::iterator) {
                String name = dir.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    try {
                        long[] child = ticks(Long.parseLong(name));
                        if (child[0] == postmaster) {
                            total += child[1] + child[2];
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended between the listing and the read
                    }
                }
            }
        }
        return total * 10;
    }

    /** The checkpointer lives as long as the server, so its parent is the postmaster. */
    private long backendPid() throws SQLException {
        return number("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'");
    }

    /** {parent pid, utime, stime, cutime, cstime} of a process, in clock ticks (10 ms). */
    private static long[] ticks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                Long.parseLong(f[14])};
    }

    /**
     * Whether {@code pg_stat_statements} is loaded ({@code -Dbench.pg.shared_preload_libraries=pg_stat_statements});
     * then its counters are set to zero, so that {@link #statements} tells what came after.
     */
    boolean resetStatements() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%'")) {
                r.next();
                if (!r.getBoolean(1)) {
                    return false;
                }
            }
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
            return true;
        }
    }

    /** The {@code limit} statements run most often since {@link #resetStatements}: calls per unit of work, mean ms, text. */
    String statements(int limit, long units) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT calls, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')"
                     + " FROM pg_stat_statements ORDER BY calls DESC LIMIT " + limit)) {
            while (r.next()) {
                String query = r.getString(3);
                out.append(String.format(Locale.ROOT, "%n  %.2f per unit, %.3f ms: %s", r.getLong(1)
                        / (double) Math.max(1, units), r.getDouble(2), query.length() > 160 ? query.substring(0, 160) + "…"
                        : query));
            }
        }
        return out.toString();
    }

    long deadTuples(String table) throws SQLException {
        return number("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = '" + table + "'");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
