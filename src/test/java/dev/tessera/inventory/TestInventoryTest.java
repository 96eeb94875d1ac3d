package dev.tessera.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.inventory.TestInventory.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory's parts on this project's own classes and on reports written here. */
class TestInventoryTest {

    private static final ClassLoader LOADER = TestInventoryTest.class.getClassLoader();

    @Test
    void jupiterJqwikAndIntegrationTestsAreTestsBenchmarksAreNot() throws ClassNotFoundException {
        assertThat(kind("dev.tessera.document.InlineNotationTest")).isEqualTo(Kind.TEST);
        assertThat(kind("dev.tessera.document.InlineNotationPropertiesTest")).as("jqwik @Property").isEqualTo(Kind.TEST);
        assertThat(kind("dev.tessera.publish.AddressGuardTest")).as("@ParameterizedTest only").isEqualTo(Kind.TEST);
        assertThat(kind("dev.tessera.db.EmbeddedDatabaseIT")).isEqualTo(Kind.TEST);
        assertThat(kind("dev.tessera.benchmark.ImportBenchmark")).as("class tagged benchmark").isEqualTo(Kind.BENCHMARK);
        assertThat(kind("dev.tessera.publish.PublishLatencyBenchmark")).isEqualTo(Kind.BENCHMARK);
        assertThat(kind("dev.tessera.document.DocxFixture")).as("a fixture").isEqualTo(Kind.NONE);
        assertThat(kind("dev.tessera.document.Throughput")).as("a main program").isEqualTo(Kind.NONE);
        assertThat(kind("dev.tessera.support.TestDatabase")).as("a test-resource holder").isEqualTo(Kind.NONE);
    }

    @Test
    void theCompiledTestClassesAreAllFound() {
        Map<String, Kind> classes = TestInventory.classes(Path.of("target", "test-classes"), LOADER);

        assertThat(classes).containsEntry(TestInventoryTest.class.getName(), Kind.TEST)
                .containsEntry(Reports.class.getName(), Kind.TEST)
                .containsEntry("dev.tessera.benchmark.WorkflowBenchmark", Kind.BENCHMARK)
                .containsEntry("dev.tessera.document.DocxFixture", Kind.NONE);
    }

    @Test
    void aClassNoReportNamesIsNotRunUnlessItIsABenchmarkOrHoldsNoTest() {
        Map<String, Kind> classes = Map.of("a.RanTest", Kind.TEST, "a.Forgotten", Kind.TEST,
                "a.SomeBenchmark", Kind.BENCHMARK, "a.Fixture", Kind.NONE,
                Reports.class.getName(), Kind.TEST, "a.RanTest$Inner", Kind.TEST);

        Set<String> notRun = TestInventory.notRun(classes, Set.of("a.RanTest", TestInventoryTest.class.getName()), LOADER);

        assertThat(notRun).as("a nested class counts only if it is @Nested").containsExactly("a.Forgotten", "a.RanTest$Inner");
    }

    /** Runs inside {@link TestInventoryTest}, so its reports name the outer class too. */
    @Nested
    class Reports {

        @TempDir
        Path reports;

        @Test
        void onlyReportsOfThisBuildCount() throws IOException {
            Instant start = Instant.parse("2026-12-01T10:00:00Z");
            write("TEST-a.FreshTest.xml", "a.FreshTest", start.plusSeconds(60));
            write("TEST-a.StaleTest.xml", "a.StaleTest", start.minusSeconds(60));
            write("a.OtherTest.txt", "a.OtherTest", start.plusSeconds(60));

            assertThat(TestInventory.ran(List.of(reports, reports.resolve("absent")), start)).containsExactly("a.FreshTest");
        }

        @Test
        void everyTestcaseClassNameOfAReportIsRead() throws IOException {
            Path report = reports.resolve("TEST-suite.xml");
            Files.writeString(report, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <testsuite name="suite" tests="3">
                      <properties><property name="x" value="y"/></properties>
                      <testcase name="one" classname="a.OneTest" time="0.1"/>
                      <testcase name="two" classname="a.TwoTest" time="0.1"><skipped/></testcase>
                      <testcase name="nameless"/>
                    </testsuite>""");

            assertThat(TestInventory.testClassNames(report)).containsExactly("a.OneTest", "a.TwoTest");
        }

        private void write(String file, String className, Instant modified) throws IOException {
            Path report = reports.resolve(file);
            Files.writeString(report, "<testsuite><testcase name=\"t\" classname=\"" + className + "\"/></testsuite>");
            Files.setLastModifiedTime(report, FileTime.from(modified));
        }
    }

    private static Kind kind(String name) throws ClassNotFoundException {
        return TestInventory.kindOf(Class.forName(name, false, LOADER));
    }
}
