package dev.tessera.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ServiceProcess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on its embedded PostgreSQL, as a newcomer runs it: first start
 * (initdb), a clean restart, and a restart after the JVM was killed, all on one data folder.
 * Users and tokens survive each; the figures printed go to docs/BENCHMARKS.md.
 */
class EmbeddedDatabaseIT {

    private static final String ADMIN_TOKEN = "tsr_it_admin_token_0123456789";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dataSurvivesRestartAndCrash() throws Exception {
        Path dataDir = Files.createTempDirectory("tessera-it-data");
        Path log = Files.createTempFile("tessera-it", ".log");
        Map<String, String> env = Map.of("TESSERA_DATA_DIR", dataDir.toString(), "TESSERA_ADMIN_TOKEN", ADMIN_TOKEN);

        String userToken;
        try (ServiceProcess first = ServiceProcess.start(env, log)) {
            Duration firstStart = first.awaitReady(Duration.ofMinutes(3));
            Thread.sleep(5000);
            System.out.printf("[figures] first start to ready (initdb included): %d ms; idle RSS of the JVM: %d MiB%n",
                    firstStart.toMillis(), first.residentKilobytes() / 1024);
            send(first, "POST", "/api/users", ADMIN_TOKEN,
                    "{\"username\":\"survivor\",\"password\":\"a long password\",\"roles\":[\"editor\"]}", 201);
            String created = send(first, "POST", "/api/tokens", ADMIN_TOKEN, "{\"name\":\"it\",\"userId\":"
                    + userId(first) + "}", 201);
            userToken = created.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(Files.readString(log)).contains("generated password");
            first.stop();
        }

        try (ServiceProcess second = ServiceProcess.start(env, log)) {
            Duration restart = second.awaitReady(Duration.ofMinutes(2));
            System.out.printf("[figures] restart to ready: %d ms%n", restart.toMillis());
            assertThat(send(second, "GET", "/api/me", userToken, null, 200)).contains("\"username\":\"survivor\"");
            second.kill();
        }

        try (ServiceProcess third = ServiceProcess.start(env, log)) {
            Duration afterCrash = third.awaitReady(Duration.ofMinutes(2));
            System.out.printf("[figures] start to ready after a killed JVM: %d ms%n", afterCrash.toMillis());
            assertThat(send(third, "GET", "/api/me", userToken, null, 200)).contains("\"username\":\"survivor\"");
            third.stop();
        }
        String output = Files.readString(log);
        assertThat(output).doesNotContain(userToken).doesNotContain(ADMIN_TOKEN);
        assertThat(output.split("generated password", -1)).as("the generated password is printed once").hasSize(2);
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(output).as("a clean stop ends the publishing listener before the database")
                .doesNotContain("Listening for publishing notifications failed")
                .doesNotContain("terminating connection due to administrator command");
    }

    private long userId(ServiceProcess service) throws Exception {
        String users = send(service, "GET", "/api/users?size=500", ADMIN_TOKEN, null, 200);
        return Long.parseLong(users.replaceAll(".*\"id\":(\\d+),\"username\":\"survivor\".*", "$1"));
    }

    private String send(ServiceProcess service, String method, String path, String token, String json, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).header("Authorization", "Bearer " + token);
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }
}
