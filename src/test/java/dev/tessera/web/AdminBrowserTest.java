package dev.tessera.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin's round in a real headless Chromium: create a user (and see a refused one keep the
 * form with the reason), make an API token and see its secret once, add a webhook, send it a
 * test message and read the failed attempt in the delivery log, redeliver it. Screenshots of
 * every admin page go to docs/img.
 */
@QuarkusTest
class AdminBrowserTest extends InBrowser {

    @Test
    void anAdminsRound() throws Exception {
        var driver = chromium.driver;
        var wait = chromium.wait;
        chromium.signIn(Fixtures.user("admin"));
        chromium.open("/");
        driver.findElement(By.cssSelector("header.top a[href='/admin']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-user")));

        // a new translator, through the form (htmx posts it; the answer replaces the page)
        String username = Fixtures.uniqueName("ilkay");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("displayName")).sendKeys("İlkay Işık");
        driver.findElement(By.id("password")).sendKeys("a long first password");
        driver.findElement(By.cssSelector("#create-user input[name=roles][value=translator]")).click();
        driver.findElement(By.cssSelector("#create-user input[name=languages][value=tr]")).click();
        driver.findElement(By.cssSelector("#create-user button[type=submit]")).click();
        wait.until(d -> d.findElements(By.id("admin-notice")).size() == 1 && d.getTitle().startsWith("İlkay Işık"));
        long id = Fixtures.asAdmin().get("/api/users?size=500").then().extract().jsonPath()
                .getLong("items.find { it.username == '" + username + "' }.id");
        assertThat(Fixtures.asAdmin().get("/api/users/" + id).then().extract().jsonPath().getList("languages"))
                .containsExactly("tr");

        // the same name again: the page stays, the reason shows next to the form
        chromium.open("/admin");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("another long password");
        driver.findElement(By.cssSelector("#create-user button[type=submit]")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#create-user .form-problem")));
        assertThat(problem.getText()).contains("USERNAME_TAKEN").contains(username);
        assertThat(driver.findElement(By.cssSelector("table.users")).getText()).contains("İlkay Işık");
        chromium.shoot("admin-users");
        chromium.open("/admin/users/" + id);
        chromium.shoot("admin-user");

        // an API token for the new user: the secret once, then working
        chromium.open("/admin/tokens");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("userId"))).selectByValue(Long.toString(id));
        driver.findElement(By.id("token-name")).sendKeys("CMS publishing");
        driver.findElement(By.cssSelector("#create-token button[type=submit]")).click();
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-secret"))).getText();
        assertThat(secret).startsWith("tsr_");
        given().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(200);
        chromium.shoot("admin-tokens");

        // a webhook to a closed port: the test message fails, the log shows the attempt, redeliver queues it again
        chromium.open("/admin/webhooks");
        driver.findElement(By.id("url")).sendKeys("http://127.0.0.1:9/tessera");
        driver.findElement(By.id("description")).sendKeys("Staging CMS");
        driver.findElement(By.cssSelector("#create-webhook button[type=submit]")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-secret"))).getText())
                .startsWith("whsec_");
        chromium.shoot("admin-webhooks");
        driver.findElements(By.cssSelector("table.webhooks a.url")).stream()
                .filter(a -> a.getText().equals("http://127.0.0.1:9/tessera")).reduce((a, b) -> b).orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("endpoint-test")));
        driver.findElement(By.cssSelector("#endpoint-test button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("admin-notice")));
        wait.withTimeout(Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector("details.attempts")).size() > 0;
        });
        driver.findElement(By.cssSelector("details.attempts summary")).click();
        assertThat(driver.findElement(By.cssSelector("details.attempts")).getText()).contains("Attempt 1")
                .contains("could not connect: the connection was refused").doesNotContain("Exception");
        chromium.shoot("admin-webhook");
        driver.findElement(By.cssSelector("form.redeliver button")).click();
        wait.until(d -> d.getPageSource().contains("The delivery was queued again."));

        // an article page as an editor or admin sees it: new revision, XLIFF, split and merge
        long article = Fixtures.asAdmin().multiPart("file", "memo.txt",
                        ("Ports grow fast " + Long.toString(System.nanoTime(), 36) + ". Rail lines follow them.").getBytes())
                .multiPart("sourceLang", "en").multiPart("targetLangs", "tr").multiPart("targetLangs", "ru")
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        chromium.open("/articles/" + article);
        driver.findElement(By.cssSelector("td.seg-fix details summary")).click();
        WebElement cut = driver.findElement(By.cssSelector("td.seg-fix textarea"));
        cut.sendKeys(Keys.HOME);
        for (int i = 0; i < "Ports grow fast".length(); i++) {
            cut.sendKeys(Keys.ARROW_RIGHT);
        }
        cut.sendKeys("|");
        chromium.shoot("article");
        driver.findElement(By.cssSelector("td.seg-fix .split-form button")).click();
        wait.until(d -> d.findElements(By.cssSelector("table.segments tbody tr")).size() == 3);
        assertThat(driver.findElement(By.cssSelector("table.segments tbody tr")).getText()).contains("Ports grow fast")
                .doesNotContain("Rail");

        chromium.open("/admin/languages");
        assertThat(driver.findElement(By.cssSelector("table.languages")).getText()).contains("Türkçe").contains("Русский");
        chromium.shoot("admin-languages");

        // the demo: loaded from Administration, its accounts shown once, removed again in one step
        chromium.open("/admin");
        driver.findElement(By.cssSelector("#load-demo-admin button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-credentials")));
        assertThat(driver.findElement(By.id("demo-credentials")).getText()).contains("demo-translator")
                .contains("demo-reviewer").contains("demo-editor");
        chromium.shoot("demo-loaded");
        chromium.open("/admin");
        driver.findElement(By.cssSelector("#remove-demo button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("The demo was removed."));
        assertThat(driver.findElements(By.id("load-demo-admin"))).hasSize(1);
    }
}
