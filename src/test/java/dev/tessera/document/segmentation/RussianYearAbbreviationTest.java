package dev.tessera.document.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian {@code г.} after a year: an abbreviation when the date phrase opens the sentence,
 * a possible sentence end later in a sentence, always the end at the end of the paragraph.
 */
class RussianYearAbbreviationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            С февраля 2022 г. Транскаспийский маршрут загружен полностью. | С февраля 2022 г. Транскаспийский маршрут загружен полностью.
            Экспорт вырос. С февраля 2022 г. Транскаспийский маршрут загружен. | Экспорт вырос. // С февраля 2022 г. Транскаспийский маршрут загружен.
            В 2010-2012 гг. Виктор посещал г. Волгоград неоднократно. | В 2010-2012 гг. Виктор посещал г. Волгоград неоднократно.
            К концу 2023 г. Казахстан увеличил транзит. | К концу 2023 г. Казахстан увеличил транзит.
            Матвеева возглавляла Научную библиотеку БНТУ до апреля 2009 г. В 1907 году он окончил училище. | Матвеева возглавляла Научную библиотеку БНТУ до апреля 2009 г. // В 1907 году он окончил училище.
            Маршрут открыли в 2022 г. | Маршрут открыли в 2022 г.
            Титул получен в 2010 г. Цветки белые. | Титул получен в 2010 г. // Цветки белые.
            С 24 февраля 2022 г. Россия ведёт войну. | С 24 февраля 2022 г. Россия ведёт войну.
            """)
    void yearAbbreviation(String text, String expected) {
        assertThat(GoldSet.normalise(Segmentation.split(text, "ru"))).isEqualTo(List.of(expected.split(" // ")));
    }
}
