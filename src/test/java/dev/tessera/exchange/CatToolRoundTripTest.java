package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tessera.support.ExternalTool;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real CAT-tool round trip with Translate Toolkit (Debian {@code translate-toolkit}; OmegaT
 * 3.6's console mode cannot open a project unattended, see docs/DOCUMENTS.md): the exported
 * XLIFF 1.2 becomes a PO file ({@code xliff2po}), a translation memory supplies translations
 * (one confirmed, one fuzzy), {@code pomerge} writes them into the exported file, and Tessera
 * imports the result: the confirmed one arrives TRANSLATED, the fuzzy one as a DRAFT, the
 * untranslated one stays NEW. The export also validates with xmllint on the way.
 */
@QuarkusTest
class CatToolRoundTripTest {

    @Test
    void translateToolkitRoundTrip(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.installed("xliff2po") && ExternalTool.installed("pomerge"),
                "Translate Toolkit (xliff2po, pomerge) is not installed (Debian translate-toolkit); .ci/run installs it");
        long article = Work.article(3, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        Files.write(dir.resolve("export.xlf"), XliffFiles.export(translator, article, "tr", "1.2"));
        ExternalTool.run(dir, List.of("xliff2po", "export.xlf", "export.po"));

        List<Map<String, Object>> segments = Work.segments(article);
        Map<String, String> memory = Map.of(
                (String) segments.get(0).get("source"), "İlk cümle, ılık ve Ёлка.",
                (String) segments.get(1).get("source"), "İkinci cümle (bulanık).");
        String po = Files.readString(dir.resolve("export.po"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> entry : memory.entrySet()) {
            String unit = "msgid \"" + entry.getKey() + "\"\nmsgstr \"\"";
            assertThat(po).contains(unit);
            boolean fuzzy = entry.getValue().contains("bulanık");
            po = po.replace(unit, (fuzzy ? "#, fuzzy\n" : "") + "msgid \"" + entry.getKey() + "\"\nmsgstr \""
                    + entry.getValue() + "\"");
        }
        Files.writeString(dir.resolve("translated.po"), po, StandardCharsets.UTF_8);
        ExternalTool.run(dir, List.of("pomerge", "-t", "export.xlf", "-i", "translated.po", "-o", "back.xlf"));

        XliffFiles.upload(translator, article, Files.readAllBytes(dir.resolve("back.xlf"))).then()
                .log().ifValidationFails().statusCode(200)
                .body("applied", equalTo(2)).body("unchanged", equalTo(1)).body("refused", equalTo(0));
        List<Map<String, Object>> after = Work.segments(article);
        assertThat(translation(after.get(0))).containsEntry("status", "TRANSLATED")
                .containsEntry("target", "İlk cümle, ılık ve Ёлка.");
        assertThat(translation(after.get(1))).containsEntry("status", "DRAFT")
                .containsEntry("target", "İkinci cümle (bulanık).");
        assertThat(translation(after.get(2))).containsEntry("status", "NEW");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> translation(Map<String, Object> segment) {
        return ((Map<String, Map<String, Object>>) segment.get("translations")).get("tr");
    }
}
