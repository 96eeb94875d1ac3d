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
 * datasource variables and by the baselines over JDBC.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    final String jdbcUrl;

    BenchmarkDatabase(boolean durable) throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "512MB")
                .start();
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

    long deadTuples(String table) throws SQLException {
        return number("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = '" + table + "'");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
