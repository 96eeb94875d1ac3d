package dev.tessera.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's last step ({@code mvn verify}, after the unit, API and integration tests): fails
 * when a test class holds tests that neither Surefire nor Failsafe ran in this build, for
 * instance because its name matches neither runner's pattern. Benchmarks are listed apart.
 *
 * <p>pom.xml runs it in a Failsafe execution of its own, bound to {@code verify} after the
 * other integration tests, with the build's start time and test selection as system
 * properties. When the build runs only some tests ({@code -Dtest}, {@code -Dit.test},
 * {@code -Dgroups}, the {@code benchmark} profile) there is nothing to compare, and it is skipped.
 */
class TestInventoryIT {

    @Test
    void everyTestClassRanInThisBuild() {
        String selection = Stream.of("test", "it.test", "groups")
                .map(key -> key + "=" + setting("test.inventory.selection." + key))
                .filter(pair -> !pair.endsWith("="))
                .collect(Collectors.joining(", "));
        assumeTrue(selection.isEmpty(), () -> "only some tests were selected (" + selection + "): no inventory");
        assumeTrue(!setting("test.inventory").equals("off"), "the inventory is off in this profile");
        Path target = Path.of(System.getProperty("test.inventory.target", "target"));
        Instant since = Instant.parse(System.getProperty("test.inventory.since")).minusSeconds(2);
        ClassLoader loader = getClass().getClassLoader();

        Map<String, TestInventory.Kind> classes = TestInventory.classes(target.resolve("test-classes"), loader);
        Set<String> ran = TestInventory.ran(List.of(target.resolve("surefire-reports"), target.resolve("failsafe-reports")), since);
        ran.add(getClass().getName());
        Set<String> notRun = TestInventory.notRun(classes, ran, loader);

        System.out.printf("[inventory] %d test classes ran; benchmarks (profile benchmark): %s%n", ran.size(),
                classes.entrySet().stream().filter(e -> e.getValue() == TestInventory.Kind.BENCHMARK)
                        .map(Map.Entry::getKey).toList());
        assertThat(classes).as("test classes found").containsValue(TestInventory.Kind.TEST);
        assertThat(notRun).as("test classes with tests that no runner ran in this build"
                + " (name them *Test for Surefire or *IT for Failsafe, or tag them benchmark)").isEmpty();
    }

    /** A system property Maven filled in, or "" when the expression was left unresolved. */
    private static String setting(String key) {
        String value = System.getProperty(key, "").strip();
        return value.startsWith("${") ? "" : value;
    }
}
