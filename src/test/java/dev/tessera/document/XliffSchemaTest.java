package dev.tessera.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tessera.support.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported XLIFF 1.2 validates against the OASIS strict schema (plus Tessera's attributes)
 * with xmllint; XLIFF 2.0 passes Okapi's XLIFF 2 validation. The files hold every inline-code
 * shape of the test article, targets and notes.
 */
class XliffSchemaTest {

    @Test
    void xliff12ValidatesAgainstTheOasisSchemaWithXmllint(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.installed("xmllint"), "xmllint is not installed (Debian libxml2-utils); .ci/run installs it");
        for (String resource : List.of("xliff-core-1.2-strict.xsd", "xml.xsd", "tessera-xliff-1.2.xsd", "catalog.xml")) {
            try (var in = getClass().getResourceAsStream("/xliff/" + resource)) {
                Files.write(dir.resolve(resource), in.readAllBytes());
            }
        }
        for (String lang : List.of("tr", "ru")) {
            Path file = dir.resolve("article-" + lang + ".xlf");
            Files.write(file, XliffXml.write(XliffVersion.V1_2, XliffCodecTest.file(lang, XliffVersion.V1_2)));
            String output = ExternalTool.run(dir, List.of("env", "XML_CATALOG_FILES=catalog.xml", "xmllint", "--noout", "--nonet", "--schema",
                    "tessera-xliff-1.2.xsd", file.getFileName().toString()));
            assertThat(output).contains("validates");
        }
    }

    @Test
    void anInvalidFileFailsTheSameCheck(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.installed("xmllint"), "xmllint is not installed (Debian libxml2-utils); .ci/run installs it");
        for (String resource : List.of("xliff-core-1.2-strict.xsd", "xml.xsd", "tessera-xliff-1.2.xsd", "catalog.xml")) {
            try (var in = getClass().getResourceAsStream("/xliff/" + resource)) {
                Files.write(dir.resolve(resource), in.readAllBytes());
            }
        }
        String valid = new String(XliffXml.write(XliffVersion.V1_2, XliffCodecTest.file("tr", XliffVersion.V1_2)),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.xlf"), valid.replace("state=\"translated\"", "state=\"done\""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExternalTool.run(dir, List.of("env", "XML_CATALOG_FILES=catalog.xml", "xmllint",
                "--noout", "--nonet", "--schema", "tessera-xliff-1.2.xsd", "bad.xlf"))).hasMessageContaining("fails to validate");
    }

    @Test
    void xliff20PassesOkapisValidation() {
        for (String lang : List.of("tr", "ru")) {
            Xliff20Codec.validate(XliffXml.write(XliffVersion.V2_0, XliffCodecTest.file(lang, XliffVersion.V2_0)));
        }
    }
}
