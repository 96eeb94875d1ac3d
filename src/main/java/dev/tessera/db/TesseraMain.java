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
        Quarkus.run(args);
    }
}
