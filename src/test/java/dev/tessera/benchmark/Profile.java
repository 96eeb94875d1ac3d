package dev.tessera.benchmark;

import dev.tessera.support.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code -Dbench.profile=true}, a Java Flight Recording of a service instance during one
 * stage, to {@code target/benchmark/<name>.jfr} ({@code jfr print --events jdk.ExecutionSample}
 * reads it): where a request's processor time goes, as shares of the samples. Off by default:
 * the recording (its "profile" settings) made a claim cost the service 3-10 times the processor
 * time, so the figures of a profiled run are not the benchmark's; only the shares are of use.
 */
final class Profile {

    private static final boolean ON = Boolean.getBoolean("bench.profile");

    private final ServiceProcess service;
    private final String name;

    private Profile(ServiceProcess service, String name) {
        this.service = service;
        this.name = name;
    }

    static Profile start(ServiceProcess service, String name) throws Exception {
        Profile profile = new Profile(service, name);
        if (ON) {
            profile.jcmd("JFR.start", "name=" + name, "settings=profile");
        }
        return profile;
    }

    void stop() throws Exception {
        if (ON) {
            Path file = Files.createDirectories(Path.of("target/benchmark")).resolve(name + ".jfr").toAbsolutePath();
            jcmd("JFR.stop", "name=" + name, "filename=" + file);
        }
    }

    private void jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(service.pid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
    }
}
