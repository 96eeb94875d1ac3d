package dev.tessera.web;

import dev.tessera.support.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * What every browser test class shares: one headless Chromium on the test server, started
 * before its first test and closed after its last, and, when a test fails, the page and the
 * browser's console printed before the failure goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(InBrowser.DumpOnFailure.class)
abstract class InBrowser {

    @TestHTTPResource("/")
    URL base;

    Chromium chromium;

    @BeforeAll
    void startBrowser() throws Exception {
        chromium = Chromium.start(base.toString());
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Prints the page and the console of the failed test's browser, then rethrows. */
    static final class DumpOnFailure implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (context.getRequiredTestInstance() instanceof InBrowser test && test.chromium != null) {
                test.chromium.dump();
            }
            throw failure;
        }
    }
}
