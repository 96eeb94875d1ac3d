package dev.tessera.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The translator's keyboard shortcuts that the day-of-work test does not press, in the real
 * Chromium: Alt+1 takes the first memory suggestion, Ctrl+S saves a draft now, Alt+Down and
 * Alt+Up move between segments, Ctrl+Shift+S copies the source; and the reviewer sees the
 * checks' warnings on a translation before approving it.
 */
@QuarkusTest
class ShortcutsBrowserTest extends InBrowser {

    @Test
    void shortcutsOfTheWorkbenches() throws Exception {
        var driver = chromium.driver;
        var wait = chromium.wait;
        String unique = Long.toString(System.nanoTime(), 36);
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");

        // the memory learns one sentence (translated and approved through the API)
        long learnt = article("The port of Aktau " + unique + " grows every year.");
        long first = segmentIds(learnt).get(0);
        Work.claim(translator, "tr", 5, "&articleId=" + learnt);
        Work.save(translator, first, "tr", "Aktau " + unique + " limanı her yıl büyüyor.", "TRANSLATED", 0).then().statusCode(200);
        Work.approve(reviewer, first, "tr", 1).then().statusCode(200);

        long article = article("The port of Aktau " + unique + " grows every month. Rail freight doubles.");
        List<Long> ids = segmentIds(article);
        chromium.signIn(translator);
        chromium.open("/translate/tr?article=" + article);
        WebElement one = activeEditor();

        keys(Keys.ALT, "1"); // the first memory suggestion
        wait.until(d -> one.getText().contains("limanı her yıl büyüyor"));
        keys(Keys.CONTROL, "s"); // a draft, now
        wait.until(d -> "DRAFT".equals(status(article, 0)));
        assertThat(target(article, 0)).contains("limanı her yıl büyüyor");

        keys(Keys.ALT, Keys.ARROW_DOWN);
        WebElement two = wait.until(d -> {
            WebElement focused = d.switchTo().activeElement();
            return focused.getAttribute("class").contains("editor") && !focused.equals(one) ? focused : null;
        });
        keys(Keys.CONTROL, Keys.SHIFT, "s"); // the source, copied
        wait.until(d -> two.getText().equals("Rail freight doubles."));
        keys(Keys.ALT, Keys.ARROW_UP);
        wait.until(d -> d.switchTo().activeElement().equals(one));
        one.sendKeys(Keys.END, " 12");
        keys(Keys.CONTROL, Keys.ENTER);
        wait.until(d -> "TRANSLATED".equals(status(article, 0)));
        assertThat(ids).hasSize(2);

        // the reviewer sees the number the translation added before approving it
        chromium.signIn(reviewer);
        chromium.open("/review/tr?article=" + article);
        wait.until(d -> d.findElements(By.cssSelector("li.seg.active .checks .warning")).size() > 0);
        assertThat(driver.findElement(By.cssSelector("li.seg.active .checks")).getText()).contains("12");
    }

    private WebElement activeEditor() {
        return chromium.wait.until(d -> {
            WebElement focused = d.switchTo().activeElement();
            return focused.getAttribute("class").contains("editor") ? focused : null;
        });
    }

    private void keys(CharSequence... chord) {
        chromium.keys(chord);
    }

    private static long article(String text) {
        return Fixtures.asAdmin().multiPart("file", "port.txt", text.getBytes(StandardCharsets.UTF_8))
                .multiPart("sourceLang", "en").multiPart("targetLangs", "tr").post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> segmentIds(long article) {
        return Work.segments(article).stream().map(s -> ((Number) s.get("id")).longValue()).toList();
    }

    private static String status(long article, int index) {
        Map<String, Object> translations = (Map<String, Object>) Work.segments(article).get(index).get("translations");
        return (String) ((Map<String, Object>) translations.get("tr")).get("status");
    }

    private static String target(long article, int index) {
        Map<String, Object> translations = (Map<String, Object>) Work.segments(article).get(index).get("translations");
        return (String) ((Map<String, Object>) translations.get("tr")).get("target");
    }
}
