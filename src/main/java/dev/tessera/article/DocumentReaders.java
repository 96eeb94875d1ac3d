package dev.tessera.article;

import dev.tessera.document.DocumentLimits;
import dev.tessera.document.DocumentReader;
import dev.tessera.document.DocumentWriter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The document reader and writer, configured with Tessera's limits. */
@ApplicationScoped
public class DocumentReaders {

    private final DocumentLimits limits;
    private final ExecutorService extraction = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tessera-extraction");
        thread.setDaemon(true);
        return thread;
    });

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

    /** Threads that extract while the importing transaction writes; each keeps its compiled segmenters. */
    ExecutorService extraction() {
        return extraction;
    }

    @PreDestroy
    void stop() {
        extraction.shutdownNow();
    }
}
