package dev.tessera.translation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How each language's numbers are read, one pattern per row, at the edges of each rule: a
 * lone separator groups thousands only before exactly three digits and after one to three;
 * with two kinds of separator the last is the decimal one; spaces group only in Russian.
 */
class LocalisedNumbersTest {

    /** {@code expected}: each number as {@code written=value}, separated by {@code |}. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; 123,456; 123,456=123456",
            "en; 1234,567; 1234,567=1234.567",
            "en; 12,3456; 12,3456=12.3456",
            "en; 12,34; 12,34=12.34",
            "en; 4.3; 4.3=4.3",
            "en; 0.50; 0.50=0.5",
            "en; 100; 100=100",
            "en; 1,234,567; 1,234,567=1234567",
            "en; 123,456,789; 123,456,789=123456789",
            "en; 123,456,789.5; 123,456,789.5=123456789.5",
            "en; 1234,567,890; 1234,567,890=1234,567,890",
            "en; 1,23,456; 1,23,456=1,23,456",
            "en; 1,500,5; 1,500,5=1,500,5",
            "en; 1,500.5; 1,500.5=1500.5",
            "en; 1.234.567,5; 1.234.567,5=1234567.5",
            "en; 1234.567,5; 1234.567,5=1234.567,5",
            "en; 1.2,3.4; 1.2,3.4=1.2,3.4",
            "en; 1,500.500.5; 1,500.500.5=1,500.500.5",
            "en; 12.05.2024; 12.05.2024=12.05.2024",
            "en; 5 000; 5=5|000=0",
            "en; 1\u00A0500; 1\u00A0500=1500",
            "en; 1\u202F500\u202F000; 1\u202F500\u202F000=1500000",
            "en; 12\u00A034; 12=12|34=34",
            "en; %42,3 and 7; 42,3=42.3|7=7",
            "tr; 123.456; 123.456=123456",
            "tr; 123,456; 123,456=123.456",
            "tr; 1234.567; 1234.567=1234.567",
            "tr; 1.500,5; 1.500,5=1500.5",
            "tr; 5 000; 5=5|000=0",
            "ru; 5 000; 5 000=5000",
            "ru; 1 500,5; 1 500,5=1500.5",
            "ru; 12 34; 12=12|34=34",
            "ru; 4.3; 4.3=4.3"})
    void readsEachPattern(String lang, String text, String expected) {
        List<String> read = new LocalisedNumbers(lang).read(text).stream()
                .map(n -> n.written() + "=" + n.value()).toList();

        assertThat(read).containsExactlyElementsOf(Arrays.asList(expected.split("\\|")));
    }

    @ParameterizedTest
    @CsvSource({"1.5, 1.5", "'1,500', 1500"})
    void withoutALanguageTheDecimalPointIsAPoint(String text, String value) {
        assertThat(new LocalisedNumbers(null).read(text)).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualTo(value));
    }
}
