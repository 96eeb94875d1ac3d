package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.article.TitleCollation.Titled;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The order used where the database has no ICU collation: the language's alphabet, ties by id. */
class TitleCollationTest {

    private static final List<Titled> TITLES = List.of(new Titled(1, "Zaman"), new Titled(2, "İzmir"),
            new Titled(3, "iğne"), new Titled(4, "Işık"), new Titled(5, "ılık"), new Titled(6, "Çay"),
            new Titled(7, "Ёлка"), new Titled(8, "Ель"), new Titled(9, "Жук"), new Titled(10, "Çay"));

    @Test
    void turkishTitlesInTheTurkishAlphabet() {
        assertThat(TitleCollation.order(TITLES, Locale.forLanguageTag("tr"), false))
                .containsExactly(6L, 10L, 5L, 4L, 3L, 2L, 1L, 7L, 8L, 9L);
        assertThat(TitleCollation.order(TITLES, Locale.forLanguageTag("tr"), true))
                .containsExactly(9L, 8L, 7L, 1L, 2L, 3L, 4L, 5L, 10L, 6L);
    }

    @Test
    void englishPutsDotlessIAfterZ() {
        assertThat(TitleCollation.order(TITLES, Locale.ENGLISH, false))
                .containsExactly(6L, 10L, 3L, 4L, 2L, 1L, 5L, 7L, 8L, 9L);
    }

    @Test
    void russianSortsYoWithYe() {
        assertThat(TitleCollation.order(TITLES, Locale.forLanguageTag("ru"), false)).containsSubsequence(7L, 8L, 9L);
    }
}
