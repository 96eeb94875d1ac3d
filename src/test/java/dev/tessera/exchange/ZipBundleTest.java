package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Entry names a ZIP may and may not carry. */
class ZipBundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"../evil.xlf", "a/../../evil.xlf", "/etc/evil.xlf", "C:/evil.xlf", "a\\\\evil.xlf", "./a.xlf",
            "a/./b.xlf", "", "evil\u0000.xlf"})
    void unsafeNamesAreRefused(String name) {
        assertThatThrownBy(() -> ZipBundle.requireSafeName(name)).isInstanceOfSatisfying(HttpProblem.class,
                p -> org.assertj.core.api.Assertions.assertThat(p.getParameters().get("code")).isEqualTo("UNSAFE_ARCHIVE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"article-1-en-tr.xlf", "tr/article-2-en-tr.xliff", "a..b.xlf"})
    void plainRelativeNamesPass(String name) {
        assertThatCode(() -> ZipBundle.requireSafeName(name)).doesNotThrowAnyException();
    }
}
