package dev.tessera.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
             ResultSet r = s.executeQuery("SELECT name, setting, coalesce(unit, '') FROM pg_settings WHERE name IN"
                     + " ('fsync', 'synchronous_commit', 'commit_delay', 'commit_siblings', 'wal_buffers', 'wal_writer_delay',"
                     + " 'wal_writer_flush_after', 'wal_compression', 'full_page_writes', 'max_wal_size', 'shared_buffers',"
                     + " 'wal_sync_method', 'max_connections') ORDER BY name")) {
            while (r.next()) {
                out.append(out.isEmpty() ? "" : ", ").append(r.getString(1)).append('=').append(r.getString(2))
                        .append(r.getString(3));
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
