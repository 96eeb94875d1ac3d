package dev.tessera.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests: started once per test class, signing in
 * through the form, and screenshots at 1280 and 390 px into docs/img. Where Chromium is not
 * installed the tests are skipped with the reason ({@code .ci/run} installs it).
 */
public final class Chromium implements AutoCloseable {

    private static final Path SHOTS = Path.of("docs/img");

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final String base;

    private Chromium(ChromeDriver driver, String base) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.base = base.replaceAll("/$", "");
    }

    public static Chromium start(String base) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium"))
                        && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "Debian's chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        Path profile = Files.createTempDirectory("tessera-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        Files.createDirectories(SHOTS);
        return new Chromium(new ChromeDriver(service, options), base);
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(Fixtures.Account account) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(account.username());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
    }

    /** The page at 1280 px and at 390 px, as docs/img/{name}-1280.png and -390.png. */
    public void shoot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + "-1280.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(200);
        Files.write(SHOTS.resolve(name + "-390.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Presses a chord: every key but the last held down, the last typed (as a person does Ctrl+Enter). */
    public void keys(CharSequence... chord) {
        org.openqa.selenium.interactions.Actions actions = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0; i < chord.length - 1; i++) {
            actions.keyDown(chord[i]);
        }
        actions.sendKeys(chord[chord.length - 1]);
        for (int i = chord.length - 2; i >= 0; i--) {
            actions.keyUp(chord[i]);
        }
        actions.perform();
    }

    /** The page and the browser's console, printed when a browser test fails. */
    public void dump() {
        System.out.println("PAGE AT FAILURE " + driver.getCurrentUrl() + "\n" + driver.getPageSource());
        driver.manage().logs().get("browser").forEach(entry -> System.out.println("CONSOLE " + entry));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
