package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersCheckTest {

    private final NumbersCheck check = new NumbersCheck();

    @Test
    void thousandsAreWrittenTheWayEachLanguageWritesThem() {
        String source = "About 1,500 soldiers crossed the border on <1>12 May</1>.";

        assertThat(check.check(submit("en", source, "tr", "<1>12 Mayıs</1>'ta yaklaşık 1.500 asker sınırı geçti."))).isEmpty();
        assertThat(check.check(submit("en", source, "ru", "<1>12 мая</1> границу пересекли около 1 500 военнослужащих."))).isEmpty();
        assertThat(check.check(submit("en", source, "ru", "<1>12 мая</1> границу пересекли около 1\u00A0500 военнослужащих."))).isEmpty();
        assertThat(check.check(submit("tr", "Yaklaşık 1.500 asker sınırı geçti.", "en", "About 1,500 soldiers crossed the border.")))
                .isEmpty();
    }

    @Test
    void decimalsAndPercentagesAreComparedAsValues() {
        String source = "Growth slowed to 4.3 percent, and inflation reached 42.3%.";

        assertThat(check.check(submit("en", source, "tr", "Büyüme yüzde 4,3'e geriledi, enflasyon %42,3'e ulaştı."))).isEmpty();
        assertThat(check.check(submit("en", source, "ru", "Рост замедлился до 4,3 процента, а инфляция достигла 42,3%."))).isEmpty();
        assertThat(check.check(submit("en", "Rates rose by 1,500.5 points.", "tr", "Faizler 1.500,5 puan arttı."))).isEmpty();
    }

    @Test
    void theOrderOfNumbersMayChange() {
        assertThat(check.check(submit("en", "Between 2019 and 2023, exports grew by 25%.",
                "tr", "İhracat 2019-2023 döneminde %25 arttı."))).isEmpty();
    }

    @Test
    void aDecimalCommaReadAsThousandsIsCaught() {
        assertThat(messages(check.check(submit("en", "About 1,500 soldiers crossed the border.",
                "tr", "Yaklaşık 1,500 asker sınırı geçti."))))
                .containsExactly("missing number 1,500", "extra number 1,500: the source has no number of that value");
    }

    @Test
    void missingAndExtraNumbersAreNamed() {
        String source = "The index fell 3.2% to 9,870 points on Tuesday.";

        var results = check.check(submit("en", source, "ru", "Во вторник индекс упал на 2,3% до 9 870 пунктов."));

        assertThat(messages(results)).containsExactly("missing number 3.2",
                "extra number 2,3: the source has no number of that value");
        assertThat(results).allMatch(r -> r.checkId().equals("numbers") && r.severity() == Severity.WARNING);
    }

    @Test
    void aNumberGivenOnceInsteadOfTwiceIsMissing() {
        assertThat(messages(check.check(submit("en", "Not 5 but 5 times more.", "tr", "5 kat daha fazla."))))
                .containsExactly("missing number 5");
    }

    @Test
    void spacesSeparateNumbersInLanguagesThatDoNotGroupWithThem() {
        assertThat(check.check(submit("ru", "В 2023 году 150 компаний ушли с рынка.",
                "en", "In 2023 150 companies left the market."))).isEmpty();
        assertThat(messages(check.check(submit("en", "Only 5 000 copies.", "tr", "Yalnızca 5.000 kopya."))))
                .containsExactly("missing number 5", "missing number 000",
                        "extra number 5.000: the source has no number of that value");
    }

    @Test
    void datesAndVersionsAreComparedAsWritten() {
        assertThat(check.check(submit("tr", "Seçim 14.05.2023 tarihinde yapıldı.", "ru", "Выборы прошли 14.05.2023."))).isEmpty();
        assertThat(messages(check.check(submit("tr", "Seçim 14.05.2023 tarihinde yapıldı.", "en", "The election was held on 14 May 2023."))))
                .contains("missing number 14.05.2023");
    }

    @Test
    void anEmptyTargetIsLeftToTheEmptyTargetCheck() {
        assertThat(check.check(submit("en", "It cost $4.5 billion.", "tr", ""))).isEmpty();
    }
}
