package dev.tessera.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small DOCX packages for tests: a minimal valid WordprocessingML document (content
 * types, package relationships, the main document part) whose paragraphs are given as runs.
 */
final class DocxFixture {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";

    private static final String PACKAGE_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";

    private DocxFixture() {
    }

    /** A run of text, bold or not. */
    record Run(String text, boolean bold) {
        static Run plain(String text) {
            return new Run(text, false);
        }

        static Run bold(String text) {
            return new Run(text, true);
        }
    }

    /** The analysis-article excerpt used by the DOCX tests. */
    static byte[] article() {
        return docx(
                new Run[] {Run.plain("Why the grain corridor matters")},
                new Run[] {Run.plain("Shipping insurers raised their premiums again. Read "), Run.bold("the report"),
                        Run.plain(" now.")},
                new Run[] {Run.plain("Ankara'da görüşmeler sürüyor.")});
    }

    static byte[] docx(Run[]... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (Run[] paragraph : paragraphs) {
            body.append("<w:p>");
            for (Run run : paragraph) {
                body.append("<w:r>");
                if (run.bold()) {
                    body.append("<w:rPr><w:b/></w:rPr>");
                }
                body.append("<w:t xml:space=\"preserve\">").append(escape(run.text())).append("</w:t></w:r>");
            }
            body.append("</w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + body + "<w:sectPr/></w:body></w:document>";
        return zip(new String[] {"[Content_Types].xml", CONTENT_TYPES}, new String[] {"_rels/.rels", PACKAGE_RELS},
                new String[] {"word/document.xml", document});
    }

    static byte[] zip(String[]... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The package with one more part, e.g. an image. */
    static byte[] withPart(byte[] docx, String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
