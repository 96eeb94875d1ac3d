package dev.tessera.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a DOCX package on disk before the filter opens it: it must be a zip holding a Word
 * document, must not unpack beyond the limits (zip bombs), and none of its XML parts may
 * declare a DTD or entities. The check reads the package the same way the filter will (the
 * central directory, via {@link ZipFile}), and stops as soon as a limit is passed.
 */
final class DocxPackage {

    /** Parts the filter never parses as XML; every other part is scanned for declarations. */
    private static final Pattern BINARY_PART =
            Pattern.compile("\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|wdp|bin|ttf|odttf|fntdata)$");

    /** Entries smaller than this may compress well without being suspicious. */
    private static final long RATIO_THRESHOLD_BYTES = 1024 * 1024;

    private DocxPackage() {
    }

    static void check(Path file, long packedSize, DocumentLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw tooLarge("The DOCX package has " + zip.size() + " entries; the limit is " + limits.maxEntries());
            }
            if (zip.getEntry("word/document.xml") == null) {
                throw new DocumentException(DocumentException.Kind.MALFORMED,
                        "The file is a zip package but not a Word document (no word/document.xml)");
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                long size = read(zip, entry, limits.maxUnpackedBytes() - total);
                total += size;
                if (total > limits.maxUnpackedBytes()) {
                    throw tooLarge("The DOCX package unpacks to more than " + limits.maxUnpackedBytes() + " bytes");
                }
                if (size > RATIO_THRESHOLD_BYTES && size > (long) limits.maxCompressionRatio() * Math.max(1, entry.getCompressedSize())) {
                    throw tooLarge("A part of the DOCX package is compressed more than " + limits.maxCompressionRatio() + " times");
                }
            }
            if (total > RATIO_THRESHOLD_BYTES && total > (long) limits.maxCompressionRatio() * Math.max(1, packedSize)) {
                throw tooLarge("The DOCX package is compressed more than " + limits.maxCompressionRatio() + " times");
            }
        } catch (ZipException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED, "The file is not a valid DOCX (zip) package");
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED, "The DOCX package cannot be read");
        }
    }

    /** Reads an entry to its end (or past the budget), scanning XML parts for declarations. */
    private static long read(ZipFile zip, ZipEntry entry, long budget) throws IOException {
        String name = entry.getName().toLowerCase(Locale.ROOT);
        try (InputStream in = zip.getInputStream(entry)) {
            if (!BINARY_PART.matcher(name).find()) {
                return XmlDeclarationScan.refuseDeclarations(in, "The DOCX part " + entry.getName(), budget);
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0 && total <= budget) {
                total += n;
            }
            return total;
        }
    }

    private static DocumentException tooLarge(String message) {
        return new DocumentException(DocumentException.Kind.TOO_LARGE, message);
    }
}
