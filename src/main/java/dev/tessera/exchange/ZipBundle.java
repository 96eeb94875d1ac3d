package dev.tessera.exchange;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP of one XLIFF file per article that a whole language travels in. Reading trusts
 * nothing the archive declares: entry names must be plain relative names (no {@code ..}, no
 * absolute paths, no backslashes or control characters), and sizes are counted while
 * unpacking, so a zip bomb stops at the first byte over a limit.
 */
final class ZipBundle {

    private ZipBundle() {
    }

    static byte[] write(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The XLIFF files of the archive by entry name, in archive order; directories are skipped. */
    static Map<String, byte[]> read(byte[] archive, ExchangeConfig limits) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                requireSafeName(name);
                if (entry.isDirectory()) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (!(lower.endsWith(".xlf") || lower.endsWith(".xliff") || lower.endsWith(".xml"))) {
                    throw Problems.of(ErrorCode.MALFORMED_DOCUMENT, "The ZIP holds '" + name
                            + "', which is not an XLIFF file (.xlf, .xliff)");
                }
                if (files.size() >= limits.maxFiles()) {
                    throw Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, "The ZIP holds more than " + limits.maxFiles() + " files");
                }
                byte[] bytes = unpack(zip, name, limits.maxFileSize().asLongValue());
                total += bytes.length;
                if (total > limits.maxUnpackedSize().asLongValue()) {
                    throw Problems.of(ErrorCode.DOCUMENT_TOO_LARGE, "The ZIP unpacks to more than "
                            + limits.maxUnpackedSize().asLongValue() + " bytes");
                }
                if (files.put(name, bytes) != null) {
                    throw Problems.of(ErrorCode.UNSAFE_ARCHIVE, "The ZIP holds '" + name + "' twice");
                }
            }
        } catch (ZipException e) {
            throw Problems.of(ErrorCode.MALFORMED_DOCUMENT, "The file is not a readable ZIP archive: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw Problems.of(ErrorCode.MALFORMED_DOCUMENT, "The ZIP holds no XLIFF file");
        }
        return files;
    }

    private static byte[] unpack(InputStream zip, String name, long limit) throws IOException {
        byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw Problems.of(ErrorCode.DOCUMENT_TOO_LARGE, "'" + name + "' unpacks to more than " + limit + " bytes");
        }
        return bytes;
    }

    static void requireSafeName(String name) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
        for (String part : name.split("/")) {
            unsafe |= part.equals("..") || part.equals(".");
        }
        if (unsafe) {
            throw Problems.of(ErrorCode.UNSAFE_ARCHIVE, "The ZIP entry name '"
                    + name.replaceAll("\\p{Cntrl}", "?") + "' is not a plain relative file name");
        }
    }
}
