package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A whole language as a ZIP, out and back; path traversal and zip bombs refused with nothing applied. */
@QuarkusTest
class XliffBundleTest {

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static io.restassured.response.Response upload(Account who, byte[] zip) {
        return who.request().multiPart("file", "tr.zip", zip, "application/zip").post("/api/xliff");
    }

    @Test
    void aLanguageGoesOutAsAZipAndComesBack() throws Exception {
        long first = Work.article(2, "tr", 0);
        long second = Work.article(2, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        byte[] zip = translator.request().get("/api/xliff?lang=tr&articleIds=" + first + "," + second)
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files).hasSize(2);
        Map<String, byte[]> translated = new LinkedHashMap<>();
        files.forEach((name, bytes) -> translated.put(name, XliffFiles.of(bytes).translate(0, "Bir.", "translated").bytes()));
        upload(translator, zip(translated)).then().statusCode(200)
                .body("applied", equalTo(2)).body("unchanged", equalTo(2)).body("files.size()", equalTo(2));
        Fixtures.asAdmin().get("/api/articles/" + second + "/progress").then()
                .body("[0].segmentsByStatus.TRANSLATED", equalTo(1));
        byte[] open = translator.request().get("/api/xliff?lang=tr").then().statusCode(200).extract().asByteArray();
        assertThat(unzip(open).keySet()).anyMatch(name -> name.startsWith("article-" + first + "-"));
    }

    @Test
    void pathTraversalAndZipBombsAreRefusedWithNothingApplied() throws Exception {
        long article = Work.article(1, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        byte[] file = XliffFiles.of(XliffFiles.export(translator, article, "tr", "1.2")).translate(0, "Bir.", "translated")
                .bytes();
        upload(translator, zip(Map.of("../../etc/evil.xlf", file))).then().statusCode(422)
                .body("code", equalTo("UNSAFE_ARCHIVE"));
        upload(translator, zip(Map.of("/abs/evil.xlf", file))).then().statusCode(422).body("code", equalTo("UNSAFE_ARCHIVE"));
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("a.xlf", file);
        bomb.put("bomb.xlf", new byte[20 * 1024 * 1024 + 1]); // compresses to about 20 KB
        upload(translator, zip(bomb)).then().statusCode(413).body("code", equalTo("DOCUMENT_TOO_LARGE"));
        assertThat(XliffReviewTest.status(article, 0, "tr")).isEqualTo("NEW");
    }
}
