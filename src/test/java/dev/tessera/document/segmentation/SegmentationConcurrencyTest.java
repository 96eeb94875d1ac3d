package dev.tessera.document.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import net.sf.okapi.common.ISegmenter;

/**
 * Okapi segmenters keep state between {@code computeSegments} and {@code getRanges}: shared
 * between threads they give wrong results. This checks that each thread gets its own.
 */
class SegmentationConcurrencyTest {

    private static final String TURKISH = "Prof. Dr. Ayşe Kaya konuştu. 15. yüzyıl tartışıldı. Peki sonra?";
    private static final String ENGLISH = "Dr. Smith left. The U.S. Government stayed. Why?";

    @Test
    void threadsGetTheirOwnSegmenterAndCorrectResults() throws Exception {
        List<String> turkishExpected = Segmentation.split(TURKISH, "tr");
        List<String> englishExpected = Segmentation.split(ENGLISH, "en");
        assertThat(turkishExpected).hasSize(3);
        assertThat(englishExpected).hasSize(3);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ISegmenter>> results = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                boolean turkishFirst = worker == 0;
                Callable<ISegmenter> task = () -> {
                    start.await();
                    for (int i = 0; i < 3000; i++) {
                        boolean turkish = (i % 2 == 0) == turkishFirst;
                        List<String> got = turkish ? Segmentation.split(TURKISH, "tr") : Segmentation.split(ENGLISH, "en");
                        assertThat(got).isEqualTo(turkish ? turkishExpected : englishExpected);
                    }
                    return Segmentation.segmenter("tr");
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            ISegmenter first = results.get(0).get();
            ISegmenter second = results.get(1).get();
            assertThat(first).isNotSameAs(second);
        } finally {
            pool.shutdownNow();
        }
    }
}
