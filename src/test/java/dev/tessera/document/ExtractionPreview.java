package dev.tessera.document;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a document's segments; a tool for writing tests, not a test. */
public final class ExtractionPreview {
    public static void main(String[] args) throws Exception {
        byte[] bytes = args[0].equals("docx") ? DocxFixture.article() : Files.readAllBytes(Path.of(args[0]));
        DocumentFormat format = args[0].equals("docx") ? DocumentFormat.DOCX
                : DocumentFormat.resolve(null, args[0], null, bytes);
        for (ExtractedSegment s : new DocumentReader().extract(bytes, format, args[1])) {
            System.out.println(s.position() + " " + s.textUnitId() + "/" + s.segmentId() + " [" + s.wordCount() + "] "
                    + s.notation() + "  ||  " + s.plainText());
        }
    }
}
