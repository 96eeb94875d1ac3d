package dev.tessera.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code TESSERA_DEMO=true}: the sample articles are there once the service is up, each once, in every other language. */
@QuarkusTest
@TestProfile(DemoAtStartTest.DemoOn.class)
class DemoAtStartTest {

    /** The test profile with the demo switched on. */
    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tessera.demo", "true");
        }
    }

    @Test
    void theSamplesAreImportedAtStart() {
        for (var sample : Demo.SAMPLES) {
            var found = Fixtures.asAdmin().queryParam("q", sample.externalId()).get("/api/articles").then().statusCode(200)
                    .extract().jsonPath();
            List<String> ids = found.getList("items.findAll { it.externalId == '" + sample.externalId() + "' }.externalId");
            assertThat(ids).as(sample.externalId()).hasSize(1);
            List<String> targets = found.getList("items.find { it.externalId == '" + sample.externalId() + "' }.targetLangs");
            assertThat(targets).hasSize(2).doesNotContain(sample.sourceLang());
        }
    }
}
