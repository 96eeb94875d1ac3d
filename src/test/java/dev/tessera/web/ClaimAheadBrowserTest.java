package dev.tessera.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Chromium;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The translator workbench claims the next run while the last open segment of the current one
 * is worked on, and shows it from that claim after the last submit, with no claim in between.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimAheadBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    private Chromium chromium;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws Exception {
        chromium = Chromium.start(base.toString());
        driver = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theNextRunIsClaimedBeforeTheLastSubmit() throws Exception {
        try {
            lastSegmentOfARun();
        } catch (RuntimeException | AssertionError e) {
            chromium.dump();
            throw e;
        }
    }

    private void lastSegmentOfARun() throws Exception {
        long article = Work.article(12, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        // the workbench's run is ten segments; nine of them are already submitted through the API
        List<Long> run = Work.claim(translator, "tr", 10, "&articleId=" + article).getList("segments.segmentId", Long.class);
        assertThat(run).hasSize(10);
        for (int i = 0; i < 9; i++) {
            Work.save(translator, run.get(i), "tr", "Cümle " + i + ".", "TRANSLATED", 0).then().statusCode(200);
        }

        chromium.signIn(translator);
        chromium.open("/translate/tr?article=" + article);
        WebElement last = activeEditor();
        assertThat(driver.findElement(By.cssSelector("li.seg.active")).getText()).contains("Sentence number 10 ");
        // before the last submit, the server already holds the next run for the translator, claimed ahead
        wait.until(d -> heldAhead(article, translator).size() == 2);
        assertThat(leases(article, translator, false)).containsExactly(9);

        last.sendKeys("Makalenin onuncu cümlesi.");
        chromium.keys(Keys.CONTROL, Keys.ENTER);
        WebElement next = wait.until(d -> {
            WebElement focused = d.switchTo().activeElement();
            return focused.getAttribute("class").contains("editor") && !focused.equals(last) ? focused : null;
        });
        assertThat(driver.findElement(By.cssSelector("li.seg.active")).getText()).contains("Sentence number 11 ");
        assertThat(driver.findElements(By.cssSelector("li.seg:not(.seg-context)"))).hasSize(2);
        // shown from the claim made ahead: no ordinary claim came after the submit (it would have made
        // that run the current one), and the submitted segment is no longer held
        assertThat(heldAhead(article, translator)).containsExactly(10, 11);
        assertThat(leases(article, translator, false)).isEmpty();
        next.sendKeys("Makalenin on birinci cümlesi.");
    }

    private WebElement activeEditor() {
        return wait.until(d -> {
            WebElement focused = d.switchTo().activeElement();
            return focused.getAttribute("class").contains("editor") ? focused : null;
        });
    }

    private List<Integer> heldAhead(long article, Account who) {
        return leases(article, who, true);
    }

    /** Positions of the article's Turkish rows the user holds on a live lease, claimed ahead or not. */
    private List<Integer> leases(long article, Account who, boolean ahead) {
        List<Integer> positions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT t.position FROM translation t WHERE t.claimed_by = " + who.id()
                     + " AND t.article_id = " + article + " AND t.lang = 'tr' AND t.claim_expires_at > now()"
                     + " AND t.claimed_ahead = " + ahead
                     + " ORDER BY t.position")) {
            while (r.next()) {
                positions.add(r.getInt(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return positions;
    }
}
