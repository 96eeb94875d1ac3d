package dev.tessera.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A {@code postmaster.pid} left in the data folder by a killed JVM. Its postmaster may still
 * run (then it is stopped) or be long gone, its PID since given to an unrelated process. Only a
 * process proven to be this folder's postmaster is ever stopped: the pid file must name this
 * folder, and the process's command line must be a {@code postgres} binary started with
 * {@code -D} this folder. A PID that belongs to anything else is left alone and the stale file
 * removed, since PostgreSQL would otherwise refuse to start while that PID lives.
 */
final class StalePostmaster {

    private static final Logger LOG = Logger.getLogger(StalePostmaster.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private StalePostmaster() {
    }

    static void clear(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (RandomAccessFile lockFile = new RandomAccessFile(pgDir.resolve(ZONKY_LOCK_FILE).toFile(), "rw");
             FileLock lock = lockFile.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Tessera process is using " + pgDir);
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : pid(lines.get(0)).flatMap(ProcessHandle::of);
            if (process.isEmpty() || !process.get().isAlive()) {
                return; // PostgreSQL itself removes a pid file whose process is gone
            }
            if (namesFolder(lines, pgDir) && isPostmasterOf(process.get().pid(), pgDir)) {
                stop(process.get());
            } else {
                LOG.warnf("postmaster.pid names PID %d, which is not this data folder's PostgreSQL; leaving that"
                        + " process alone and removing the stale file", process.get().pid());
                Files.delete(pidFile);
            }
        }
    }

    private static Optional<Long> pid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pid file's second line is the data directory of the postmaster that wrote it. */
    private static boolean namesFolder(List<String> lines, Path pgDir) {
        return lines.size() > 1 && samePath(lines.get(1).trim(), pgDir);
    }

    /** {@code /proc/<pid>/cmdline}: a binary named postgres, with {@code -D} this folder. */
    static boolean isPostmasterOf(long pid, Path pgDir) {
        List<String> args;
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            args = Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            return false; // cannot prove it: leave it
        }
        if (args.isEmpty() || !Path.of(args.get(0)).getFileName().toString().equals("postgres")) {
            return false;
        }
        int d = args.indexOf("-D");
        return d >= 0 && d + 1 < args.size() && samePath(args.get(d + 1), pgDir);
    }

    private static boolean samePath(String path, Path pgDir) {
        try {
            return Path.of(path).toRealPath().equals(pgDir.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster) {
        LOG.warnf("Stopping PostgreSQL process %d left over from an earlier run", postmaster.pid());
        postmaster.destroy(); // SIGTERM: smart shutdown
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }
}
