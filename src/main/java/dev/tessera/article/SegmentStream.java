package dev.tessera.article;

import dev.tessera.document.DocumentException;
import dev.tessera.document.DocumentFormat;
import dev.tessera.document.DocumentReader;
import dev.tessera.document.ExtractedSegment;
import java.util.function.Consumer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs extraction and segmentation on a thread of its own and hands the segments over
 * through a bounded queue, so that the importing transaction can write to the database while
 * the next segments are being cut: the filter keeps one core busy, PostgreSQL the other.
 * Closing the stream early stops the extraction.
 *
 * <p>Whatever the extraction thread throws reaches the importing thread, {@link Error}s
 * included: a {@link StackOverflowError} in a filter (3,000 nested Markdown quotes) once ended
 * the thread silently and the document was imported with no segments. A stream that ends
 * without a segment is refused as {@code NOTHING_TO_TRANSLATE}, whatever the reader said.
 */
final class SegmentStream implements AutoCloseable {

    private static final int CAPACITY = 4096;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile boolean cancelled;
    private int handedOut;

    private SegmentStream() {
    }

    static SegmentStream start(ExecutorService executor, DocumentReader reader, byte[] bytes, DocumentFormat format,
                               String sourceLanguage) {
        return start(executor, sink -> reader.extract(bytes, format, sourceLanguage, sink));
    }

    /** Runs {@code extraction} on the executor; it hands each segment to the sink it is given. */
    static SegmentStream start(ExecutorService executor, Consumer<Consumer<ExtractedSegment>> extraction) {
        SegmentStream stream = new SegmentStream();
        executor.execute(() -> {
            try {
                extraction.accept(stream::offer);
            } catch (RuntimeException e) {
                stream.failure.compareAndSet(null, e);
            } catch (StackOverflowError e) {
                stream.failure.compareAndSet(null, new DocumentException(DocumentException.Kind.MALFORMED,
                        "The document is nested too deeply to be read"));
            } catch (Throwable e) { // NOPMD: any failure must fail the import, never end it quietly
                stream.failure.compareAndSet(null, new DocumentException(DocumentException.Kind.MALFORMED,
                        "The document could not be read", e));
            } finally {
                stream.offerEnd();
            }
        });
        return stream;
    }

    /** The next segment in document order, or null at the end; rethrows what extraction threw. */
    ExtractedSegment next() {
        try {
            Object item = queue.take();
            if (item == END) {
                queue.put(END); // further calls keep seeing the end
                RuntimeException error = failure.get();
                if (error != null) {
                    throw error;
                }
                if (handedOut == 0) {
                    throw new DocumentException(DocumentException.Kind.NOTHING_TO_TRANSLATE,
                            "The document has no text to translate");
                }
                return null;
            }
            handedOut++;
            return (ExtractedSegment) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted");
        }
    }

    private void offer(ExtractedSegment segment) {
        try {
            while (!queue.offer(segment, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new CancellationException("Import abandoned");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted");
        }
    }

    private void offerEnd() {
        try {
            while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    queue.clear(); // nobody reads any more: make room for the end mark
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        cancelled = true;
    }
}
