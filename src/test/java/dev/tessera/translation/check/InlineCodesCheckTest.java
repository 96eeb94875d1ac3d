package dev.tessera.translation.check;

import static dev.tessera.translation.check.Pairs.messages;
import static dev.tessera.translation.check.Pairs.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineCodesCheckTest {

    private static final String SOURCE =
            "The central bank raised its rate to <1>50 percent</1> in March.<2/>";

    private final InlineCodesCheck check = new InlineCodesCheck();

    @Test
    void theSameCodesPassInAnyOrder() {
        assertThat(check.check(submit("en", SOURCE, "tr", "Merkez bankası mart ayında faizi <1>yüzde 50</1>'ye yükseltti.<2/>")))
                .isEmpty();
        assertThat(check.check(submit("en", SOURCE, "ru", "<2/>В марте центральный банк повысил ставку до <1>50 процентов</1>.")))
                .isEmpty();
    }

    @Test
    void isolatedCodesAndEscapedBracketsPass() {
        String source = "<b1/>Inflation \\< 10% is the goal.<e2/>";

        assertThat(check.check(submit("en", source, "tr", "<b1/>Hedef, enflasyonun \\< %10 olması.<e2/>"))).isEmpty();
    }

    @Test
    void aMissingCodeIsNamed() {
        List<CheckResult> results = check.check(submit("en", SOURCE, "tr", "Merkez bankası mart ayında faizi <1>yüzde 50</1>'ye yükseltti."));

        assertThat(messages(results)).containsExactly("missing <2/>");
        assertThat(results).allMatch(r -> r.checkId().equals("inline-codes") && r.severity() == Severity.ERROR);
    }

    @Test
    void extraAndDuplicatedCodesAreNamed() {
        assertThat(messages(check.check(submit("en", SOURCE, "tr", "Merkez bankası <1>yüzde 50</1><3/> yükseltti.<2/>"))))
                .containsExactly("extra <3/>: the source has no such code");
        assertThat(messages(check.check(submit("en", SOURCE, "tr", "Merkez bankası <1>yüzde 50</1> yükseltti.<2/><2/>"))))
                .containsExactly("duplicated <2/>: it appears more often than in the source");
    }

    @Test
    void unbalancedAndMisnestedPairsAreRefused() {
        String nested = "Read <1>the <2>full</2> report</1>.";

        assertThat(messages(check.check(submit("en", nested, "ru", "Прочитайте <1>полный <2>доклад</1></2>."))))
                .anySatisfy(m -> assertThat(m).startsWith("misnested pair: </1>"));
        assertThat(messages(check.check(submit("en", SOURCE, "tr", "Merkez bankası </1>yüzde 50<1> yükseltti.<2/>"))))
                .anySatisfy(m -> assertThat(m).startsWith("unbalanced pair:").contains("</1>"));
    }

    @Test
    void aMistypedTagIsMalformed() {
        List<String> messages = messages(check.check(submit("en", SOURCE, "tr", "Merkez bankası <1>yüzde 50</1 yükseltti.<2/>")));

        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("malformed tag:").contains("</1 "));
        assertThat(messages).contains("missing </1>");
    }
}
