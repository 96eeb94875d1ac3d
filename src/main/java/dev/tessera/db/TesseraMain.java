package dev.tessera.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Entry point of the packaged service. Before Quarkus boots, it starts Tessera's own
 * PostgreSQL when no external datasource is configured, so that a newcomer needs only a JDK
 * and Maven; with {@code QUARKUS_DATASOURCE_JDBC_URL} set, it starts nothing.
 */
@QuarkusMain
public class TesseraMain {

    public static void main(String... args) {
        Path dataDir = Path.of(EmbeddedDatabase.setting("tessera.data-dir", "TESSERA_DATA_DIR").orElse("data"))
                .toAbsolutePath();
        EmbeddedDatabase.startIfNoDatasourceConfigured(dataDir);
        SessionKey.ensure(dataDir);
        trustProxies();
        Quarkus.run(args);
    }

    /**
     * {@code TESSERA_TRUSTED_PROXIES}: the proxies whose {@code X-Forwarded-For} and
     * {@code X-Forwarded-Proto} Tessera believes (client address for the sign-in throttle,
     * https for secure cookies). Quarkus trusts every sender once forwarding is on without a
     * list, so forwarding is turned on only together with the list.
     */
    private static void trustProxies() {
        EmbeddedDatabase.setting("tessera.http.trusted-proxies", "TESSERA_TRUSTED_PROXIES").ifPresent(proxies -> {
            System.setProperty("quarkus.http.proxy.proxy-address-forwarding", "true");
            System.setProperty("quarkus.http.proxy.allow-x-forwarded", "true");
            System.setProperty("quarkus.http.proxy.trusted-proxies", proxies);
        });
    }
}
