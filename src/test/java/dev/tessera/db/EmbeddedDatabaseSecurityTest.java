package dev.tessera.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as Tessera starts it: a password made once in the data folder (mode
 * 0600), scram-sha-256 for every connection, loopback only; a data folder from before the
 * lock-down is locked on its first start; and a stale {@code postmaster.pid} whose PID now
 * belongs to an unrelated process never gets that process killed.
 */
class EmbeddedDatabaseSecurityTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewDataFolderNeedsThePasswordForEveryConnection() throws Exception {
        EmbeddedDatabase.Running db = EmbeddedDatabase.start(dataDir, 0, false);
        try {
            assertRefusedWithoutPassword(db);
            assertThat(query(db.jdbcUrl(), db.password(), "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(query(db.jdbcUrl(), db.password(), "SHOW password_encryption")).isEqualTo("scram-sha-256");
            assertThat(query(db.jdbcUrl(), db.password(),
                    "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")).isEqualTo("0");
            Path passwordFile = dataDir.resolve("postgres.password");
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(passwordFile).trim()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(32);
        } finally {
            db.postgres().close();
        }
        EmbeddedDatabase.Running again = EmbeddedDatabase.start(dataDir, 0, false);
        try {
            assertThat(again.password()).as("made once, reused").isEqualTo(db.password());
            assertThat(query(again.jdbcUrl(), again.password(), "SELECT 1")).isEqualTo("1");
            assertRefusedWithoutPassword(again);
        } finally {
            again.postgres().close();
        }
    }

    @Test
    void aDataFolderFromBeforeTheLockDownIsLockedOnItsNextStart() throws Exception {
        // As earlier versions started it: zonky's defaults, every local connection trusted.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before')");
        }
        EmbeddedDatabase.Running db = EmbeddedDatabase.start(dataDir, 0, false);
        try {
            assertThat(query(db.jdbcUrl(), db.password(), "SELECT note FROM kept")).isEqualTo("written before");
            assertRefusedWithoutPassword(db);
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
        } finally {
            db.postgres().close();
        }
    }

    @Test
    void aStalePidFileNamingAnUnrelatedProcessLeavesItAlive() throws Exception {
        EmbeddedDatabase.start(dataDir, 0, false).postgres().close();
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            Path pgDir = dataDir.resolve("postgres");
            Files.write(pgDir.resolve("postmaster.pid"), List.of(Long.toString(unrelated.pid()),
                    pgDir.toString(), "1700000000", "5432", "/tmp", "127.0.0.1", "  5432001     0", "ready"));

            EmbeddedDatabase.Running db = EmbeddedDatabase.start(dataDir, 0, false);
            try {
                assertThat(query(db.jdbcUrl(), db.password(), "SELECT 1")).isEqualTo("1");
            } finally {
                db.postgres().close();
            }
            assertThat(unrelated.isAlive()).as("the process that reused the PID").isTrue();
        } finally {
            unrelated.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void onlyAPostgresStartedOnThisFolderIsProvenItsPostmaster() throws Exception {
        EmbeddedDatabase.Running db = EmbeddedDatabase.start(dataDir, 0, false);
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
            assertThat(StalePostmaster.isPostmasterOf(postmaster, dataDir.resolve("postgres"))).isTrue();
            assertThat(StalePostmaster.isPostmasterOf(postmaster, Files.createTempDirectory("other"))).isFalse();
            assertThat(StalePostmaster.isPostmasterOf(ProcessHandle.current().pid(), dataDir.resolve("postgres"))).isFalse();
        } finally {
            db.postgres().close();
        }
    }

    private static void assertRefusedWithoutPassword(EmbeddedDatabase.Running db) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "wrong password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    private static String query(String url, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
