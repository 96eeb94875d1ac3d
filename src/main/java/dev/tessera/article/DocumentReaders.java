package dev.tessera.article;

import dev.tessera.document.DocumentLimits;
import dev.tessera.document.DocumentReader;
import dev.tessera.document.DocumentWriter;
import jakarta.enterprise.context.ApplicationScoped;

/** The document reader and writer, configured with Tessera's limits. */
@ApplicationScoped
public class DocumentReaders {

    private final DocumentLimits limits;

    public DocumentReaders(ImportConfig config) {
        DocumentLimits defaults = DocumentLimits.defaults();
        this.limits = new DocumentLimits(config.maxDocumentSize().asLongValue(), config.maxUnpackedSize().asLongValue(),
                defaults.maxEntries(), defaults.maxCompressionRatio());
    }

    public DocumentReader reader() {
        return new DocumentReader(limits);
    }

    public DocumentWriter writer() {
        return new DocumentWriter(limits);
    }
}
