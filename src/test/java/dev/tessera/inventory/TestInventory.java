package dev.tessera.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Which compiled test classes hold tests, and which of them a build has run: a test class
 * whose name matches no runner's pattern (or that a runner filters out) would otherwise pass
 * unnoticed, forever green because it never runs.
 *
 * <p>A method is a test if one of its annotations is meta-annotated with JUnit's
 * {@link Testable} ({@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest},
 * {@code @TestFactory}, jqwik's {@code @Property} and {@code @Example}, ...), so new kinds of
 * test are recognised without a list to keep. Tests tagged {@value #BENCHMARK} (on the method
 * or the class) are benchmarks, run only by the {@code benchmark} profile. A class is run when
 * a Surefire or Failsafe report written during this build names it.
 */
public final class TestInventory {

    public static final String BENCHMARK = "benchmark";

    /** What a compiled class is to the build. */
    public enum Kind {
        /** Holds tests the build must run. */
        TEST,
        /** Holds only benchmark tests. */
        BENCHMARK,
        /** Holds no test (fixtures, helpers, abstract bases, main programs). */
        NONE
    }

    private TestInventory() {
    }

    /** Every concrete class compiled into {@code testClasses}, by name, with its kind. */
    public static Map<String, Kind> classes(Path testClasses, ClassLoader loader) {
        Map<String, Kind> kinds = new TreeMap<>();
        try (Stream<Path> files = Files.walk(testClasses)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = testClasses.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                kinds.put(name, kindOf(Class.forName(name, false, loader)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A compiled test class cannot be loaded", e);
        }
        return kinds;
    }

    /** Whether the class holds tests, benchmarks or neither. */
    public static Kind kindOf(Class<?> type) {
        if (type.isInterface() || type.isAnnotation() || Modifier.isAbstract(type.getModifiers())) {
            return Kind.NONE;
        }
        boolean benchmarkClass = tagged(type);
        Kind kind = Kind.NONE;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (!isTest(method)) {
                    continue;
                }
                if (!benchmarkClass && !tagged(method)) {
                    return Kind.TEST;
                }
                kind = Kind.BENCHMARK;
            }
        }
        return kind;
    }

    /**
     * The classes named by the test reports in {@code reportDirectories} that were written at
     * or after {@code since} (older reports are left from earlier builds and prove nothing).
     */
    public static Set<String> ran(List<Path> reportDirectories, Instant since) {
        Set<String> names = new TreeSet<>();
        for (Path directory : reportDirectories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path report : files.filter(TestInventory::isReport).toList()) {
                    if (!Files.getLastModifiedTime(report).toInstant().isBefore(since)) {
                        names.addAll(testClassNames(report));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /**
     * The test classes of {@code kinds} that no report in {@code ran} accounts for. A
     * {@code @Nested} class counts as run when its own name or its outermost class's is reported.
     */
    public static Set<String> notRun(Map<String, Kind> kinds, Set<String> ran, ClassLoader loader) {
        Set<String> missing = new TreeSet<>();
        kinds.forEach((name, kind) -> {
            if (kind != Kind.TEST || ran.contains(name)) {
                return;
            }
            int dollar = name.indexOf('$');
            if (dollar > 0 && ran.contains(name.substring(0, dollar)) && isNested(name, loader)) {
                return;
            }
            missing.add(name);
        });
        return missing;
    }

    private static boolean isNested(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader).isAnnotationPresent(Nested.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean isTest(Method method) {
        for (var annotation : method.getAnnotations()) {
            if (AnnotationSupport.isAnnotated(annotation.annotationType(), Testable.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tagged(java.lang.reflect.AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, Tag.class).stream()
                .anyMatch(tag -> tag.value().equals(BENCHMARK));
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    /** The {@code classname} of every {@code testcase} of one JUnit XML report. */
    static List<String> testClassNames(Path report) {
        List<String> names = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(report)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("testcase")) {
                    String name = xml.getAttributeValue(null, "classname");
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The test report " + report + " cannot be read", e);
        }
        return names;
    }
}
