package dev.tessera.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A translator's, a reviewer's and an editor's day in a real headless Chromium: import through
 * the page, translate with the keyboard only (an inline code included, and a reload in the
 * middle of typing), reject and see the segment come back first, approve everything, see 100%
 * and download the document. Also: a source with a script tag shows as text, a form without
 * its CSRF token is refused, the next run is claimed ahead. Screenshots go to docs/img.
 */
@QuarkusTest
class WorkbenchBrowserTest extends InBrowser {

    @Inject
    AgroalDataSource dataSource;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void handles() {
        driver = chromium.driver;
        wait = chromium.wait;
    }

    @Test
    void aDayOfWorkInTheBrowser() throws Exception {
        Account editor = Fixtures.user("editor");
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        String title = "The Middle Corridor " + System.nanoTime();

        // the editor imports through the page
        signIn(editor);
        open("/articles/new");
        Path document = Files.createTempFile("corridor", ".html");
        Files.writeString(document, "<html><body><p>Kazakhstan ships more oil. In 2023, volumes rose through <b>Aktau</b>."
                + " Georgia's ports grow.</p></body></html>", StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(document.toString());
        driver.findElement(By.id("title")).sendKeys(title);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sourceLang"))).selectByValue("en");
        for (WebElement box : driver.findElements(By.name("targetLangs"))) {
            if (box.isSelected() != "tr".equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        driver.findElement(By.id("priority")).clear();
        driver.findElement(By.id("priority")).sendKeys("1000");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        String articleUrl = driver.getCurrentUrl();
        long articleId = Long.parseLong(articleUrl.substring(articleUrl.lastIndexOf('/') + 1));
        assertThat(driver.getPageSource()).contains(title);

        // a source with a script tag is text, and runs nothing
        long scripted = Fixtures.asAdmin().multiPart("file", "memo.txt",
                        ("The memo quoted <script>alert(1)</script> as a sample " + System.nanoTime() + ".").getBytes())
                .multiPart("sourceLang", "en").multiPart("targetLangs", "ru").post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        open("/articles/" + scripted);
        assertThat(driver.findElement(By.cssSelector("table.segments")).getText()).contains("<script>alert(1)</script>");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        // a form posted without its CSRF token is refused
        open("/articles/new");
        driver.executeScript("document.querySelector('form.form input[name=\"csrf-token\"]').remove()");
        driver.findElement(By.id("file")).sendKeys(document.toString());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("CSRF_TOKEN_INVALID"));

        open("/?q=" + title.replace(" ", "+"));
        shoot("dashboard");

        // the translator: three segments, keyboard only
        signIn(translator);
        open("/translate/tr?article=" + articleId); // other tests' work waits in the same queue
        WebElement first = activeEditor();
        first.sendKeys("Kazakistan daha fazla petrol gönderiyor.");
        keys(Keys.CONTROL, Keys.ENTER);
        WebElement second = waitForActiveOtherThan(first);
        second.sendKeys("2023'te hacimler ");
        new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("1").keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
        second.sendKeys("Aktau");
        second.sendKeys(Keys.END);
        second.sendKeys(" üzerinden arttı.");
        assertThat(second.findElements(By.cssSelector(".chip"))).hasSize(2);
        assertThat(second.getText()).as("text typed after End, behind the closing chip").endsWith("üzerinden arttı.");
        shoot("translator");
        keys(Keys.CONTROL, Keys.ENTER);
        WebElement third = waitForActiveOtherThan(second);
        third.sendKeys("Gürcistan'ın limanları büyüyor.");
        driver.navigate().refresh(); // before the draft autosave: the local copy must bring it back
        WebElement restored = activeEditor();
        wait.until(d -> restored.getText().contains("Gürcistan'ın limanları büyüyor."));
        assertThat(driver.findElement(By.id("wb-notice")).getText()).containsIgnoringCase("restored");
        keys(Keys.CONTROL, Keys.ENTER);
        wait.until(d -> translationStatuses(articleId).stream().allMatch("TRANSLATED"::equals));

        // the reviewer rejects the first and approves the rest
        signIn(reviewer);
        open("/review/tr?article=" + articleId);
        wait.until(d -> d.findElements(By.cssSelector("li.seg.active")).size() == 1);
        shoot("reviewer");
        keys(Keys.CONTROL, Keys.SHIFT, "x");
        driver.switchTo().activeElement().sendKeys("Use 'sevk ediyor' here.");
        keys(Keys.CONTROL, Keys.ENTER);
        for (int approved = 0; approved < 2; approved++) {
            int done = approved + 1;
            wait.until(d -> d.findElements(By.cssSelector("li.seg.done")).size() == done);
            keys(Keys.CONTROL, Keys.ENTER);
        }
        wait.until(d -> translationStatuses(articleId).stream().filter("APPROVED"::equals).count() == 2);

        // the rejected segment comes back first, with the comment
        signIn(translator);
        open("/translate/tr?article=" + articleId); // other tests' work waits in the same queue
        WebElement again = activeEditor();
        WebElement activeRow = driver.findElement(By.cssSelector("li.seg.active"));
        assertThat(activeRow.getText()).contains("Kazakhstan ships more oil.").contains("sevk ediyor");
        again.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Kazakistan daha fazla petrol sevk ediyor.");
        keys(Keys.CONTROL, Keys.ENTER);
        wait.until(d -> translationStatuses(articleId).stream().filter("TRANSLATED"::equals).count() == 1);

        signIn(reviewer);
        open("/review/tr?article=" + articleId);
        wait.until(d -> d.findElements(By.cssSelector("li.seg.active")).size() == 1);
        keys(Keys.CONTROL, Keys.ENTER);
        wait.until(d -> translationStatuses(articleId).stream().allMatch("APPROVED"::equals));

        // the editor sees 100% and downloads the document
        signIn(editor);
        open("/articles/" + articleId);
        assertThat(driver.findElement(By.cssSelector(".lang-box")).getText()).contains("100");
        WebElement download = driver.findElement(By.cssSelector(".lang-box a[download]"));
        String session = driver.manage().getCookieNamed("tessera-session").getValue();
        String translated = given().cookie("tessera-session", session).get(download.getAttribute("href"))
                .then().statusCode(200).extract().asString();
        assertThat(translated).contains("sevk ediyor").contains("<b>Aktau</b>").contains("Gürcistan");
        open("/?q=" + title.replace(" ", "+"));
        assertThat(driver.findElement(By.cssSelector("table.articles")).getText()).contains("100");
    }

    /**
     * The next run is claimed while the last open segment of the current one is worked on, and
     * shown from that claim after the last submit, with no claim in between.
     */
    @Test
    void theNextRunIsClaimedBeforeTheLastSubmit() throws Exception {
        long article = Work.article(12, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        // the workbench's run is ten segments; nine of them are already submitted through the API
        List<Long> run = Work.claim(translator, "tr", 10, "&articleId=" + article).getList("segments.segmentId", Long.class);
        assertThat(run).hasSize(10);
        for (int i = 0; i < 9; i++) {
            Work.save(translator, run.get(i), "tr", "Cümle " + i + ".", "TRANSLATED", 0).then().statusCode(200);
        }

        signIn(translator);
        open("/translate/tr?article=" + article);
        WebElement last = activeEditor();
        assertThat(driver.findElement(By.cssSelector("li.seg.active")).getText()).contains("Sentence number 10 ");
        // before the last submit, the server already holds the next run for the translator, claimed ahead
        wait.until(d -> heldAhead(article, translator).size() == 2);
        assertThat(leases(article, translator, false)).containsExactly(9);

        last.sendKeys("Makalenin onuncu cümlesi.");
        keys(Keys.CONTROL, Keys.ENTER);
        WebElement next = waitForActiveOtherThan(last);
        assertThat(driver.findElement(By.cssSelector("li.seg.active")).getText()).contains("Sentence number 11 ");
        assertThat(driver.findElements(By.cssSelector("li.seg:not(.seg-context)"))).hasSize(2);
        // shown from the claim made ahead: no ordinary claim came after the submit (it would have made
        // that run the current one), and the submitted segment is no longer held
        assertThat(heldAhead(article, translator)).containsExactly(10, 11);
        assertThat(leases(article, translator, false)).isEmpty();
        next.sendKeys("Makalenin on birinci cümlesi.");
    }

    private void signIn(Account account) {
        chromium.signIn(account);
    }

    private void open(String path) {
        chromium.open(path);
    }

    private WebElement activeEditor() {
        return wait.until(d -> {
            WebElement focused = d.switchTo().activeElement();
            return focused.getAttribute("class").contains("editor") ? focused : null;
        });
    }

    private WebElement waitForActiveOtherThan(WebElement previous) {
        return wait.until(d -> {
            WebElement focused = d.switchTo().activeElement();
            try {
                return focused.getAttribute("class").contains("editor") && !focused.equals(previous) ? focused : null;
            } catch (StaleElementReferenceException replaced) { // a new run replaced the list meanwhile
                return null;
            }
        });
    }

    private void keys(CharSequence... chord) {
        chromium.keys(chord);
    }

    private static List<String> translationStatuses(long articleId) {
        return Fixtures.asAdmin().get("/api/articles/" + articleId + "/segments?lang=tr").then().statusCode(200)
                .extract().jsonPath().getList("items.translations.tr.status", String.class);
    }

    private void shoot(String name) throws Exception {
        chromium.shoot(name);
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
