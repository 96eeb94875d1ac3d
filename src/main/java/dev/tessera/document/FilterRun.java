package dev.tessera.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import net.htmlparser.jericho.Source;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;

/**
 * One pass of a format's filter over a document's bytes: checks the input, opens a fresh
 * filter, hands out its events and translates whatever the filter throws into a
 * {@link DocumentException}. Extraction and merging both read documents through it, which is
 * what makes them see the same text units and segments.
 */
final class FilterRun implements AutoCloseable {

    private static final int HEAD_BYTES = 8192;

    private final DocumentFormat format;
    private final IFilter filter;
    private final Path tempFile;

    private FilterRun(DocumentFormat format, IFilter filter, Path tempFile) {
        this.format = format;
        this.filter = filter;
        this.tempFile = tempFile;
    }

    static FilterRun open(byte[] bytes, DocumentFormat format, String sourceLanguage, String targetLanguage,
                          DocumentLimits limits) {
        InputGuard.check(bytes, format, limits);
        LocaleId source = LocaleId.fromString(sourceLanguage);
        LocaleId target = targetLanguage == null ? null : LocaleId.fromString(targetLanguage);
        Path tempFile = format == DocumentFormat.DOCX ? docxOnDisk(bytes, limits) : null;
        IFilter filter = FilterConfigurations.newFilter(format);
        FilterRun run = new FilterRun(format, filter, tempFile);
        try {
            RawDocument document = tempFile != null
                    ? new RawDocument(tempFile.toUri(), "UTF-8", source, target)
                    : new RawDocument(new ByteArrayInputStream(bytes), inputEncoding(bytes, format), source, target);
            filter.open(document);
        } catch (RuntimeException e) {
            run.close();
            throw run.malformed(e);
        }
        return run;
    }

    boolean hasNext() {
        try {
            return filter.hasNext();
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    Event next() {
        try {
            return filter.next();
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    IFilterWriter createWriter() {
        return filter.createFilterWriter();
    }

    /**
     * Segments the text unit's source with the language's rules, unless the document came
     * segmented already (XLIFF {@code seg-source}); returns whether it segmented.
     */
    boolean segment(ITextUnit unit, ISegmenter segmenter) {
        if (unit.getSource().hasBeenSegmented()) {
            return false;
        }
        try {
            unit.createSourceSegmentation(segmenter);
        } catch (RuntimeException e) {
            throw malformed(e);
        }
        return true;
    }

    /** A short, stack-free explanation of a failure inside the filter. */
    DocumentException malformed(RuntimeException e) {
        if (e instanceof DocumentException documentException) {
            return documentException;
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("").strip();
        if (tempFile != null) {
            detail = detail.replace(tempFile.toString(), "document");
        }
        if (detail.length() > 160) {
            detail = detail.substring(0, 160) + "…";
        }
        return new DocumentException(DocumentException.Kind.MALFORMED,
                "The " + format.apiName() + " document cannot be read: " + detail, e);
    }

    @Override
    public void close() {
        try {
            filter.close();
        } catch (RuntimeException ignored) {
            // closing a filter that failed half-way may fail again; nothing is left to save
        } finally {
            if (tempFile != null) {
                try {
                    Files.deleteIfExists(tempFile);
                } catch (IOException ignored) {
                    // a left-over temporary file is harmless
                }
            }
        }
    }

    /**
     * The encoding to read the input with. A byte-order mark decides first, in every text
     * format, with its byte order: given plain "UTF-16", the filters drop the mark and then
     * read a little-endian page as big-endian garbage. HTML may otherwise declare its own
     * encoding; it is looked up here because the HTML filter, given UTF-8 as default, turns
     * the non-ASCII characters of a page declared as ISO-8859-1 into question marks.
     */
    private static String inputEncoding(byte[] bytes, DocumentFormat format) {
        Optional<Charset> marked = ByteOrderMark.charsetOf(bytes);
        if (marked.isPresent()) {
            return marked.get().name();
        }
        if (format != DocumentFormat.HTML) {
            return "UTF-8";
        }
        try {
            String declared = new Source(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, HEAD_BYTES)))
                    .getDocumentSpecifiedEncoding();
            return declared != null && Charset.isSupported(declared) ? declared : "UTF-8";
        } catch (IOException | IllegalCharsetNameException e) {
            return "UTF-8";
        }
    }

    private static Path docxOnDisk(byte[] bytes, DocumentLimits limits) {
        Path file;
        try {
            file = Files.createTempFile("tessera-docx-", ".docx");
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a temporary file for a DOCX document", e);
        }
        try {
            DocxPackage.check(file, bytes.length, limits);
            return file;
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a left-over temporary file is harmless
            }
            throw e;
        }
    }
}
