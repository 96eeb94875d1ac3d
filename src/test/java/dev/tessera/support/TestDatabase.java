package dev.tessera.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
