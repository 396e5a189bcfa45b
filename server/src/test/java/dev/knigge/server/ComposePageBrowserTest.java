package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The compose page in a real headless Chromium: typing, findings, highlights, languages and a policy edit. */
@Timeout(300)
class ComposePageBrowserTest {
    static final String COLD_PITCH = "Hi, I help companies grow with AI automation. Let's connect and book a quick demo!";

    @TempDir
    Path temp;
    KniggeServer server;
    Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void showsDoNotSendWithRecStrangerForTheFoundingPostsGermanRecommendationRequest() {
        open(KniggeServer.builder().port(0), 1280, 1100);
        click("lang-de");
        new Select(element("type")).selectByValue("RECOMMENDATION");
        new Select(element("platform")).selectByValue("LINKEDIN");
        new Select(element("degree")).selectByValue("1");
        element("firstName").sendKeys("Martin");
        element("lastName").sendKeys("Gruber");
        element("note").sendKeys("Können Sie eine Empfehlung für mich schreiben? Es geht ganz schnell.");

        awaitVerdict("DO_NOT_SEND");

        WebElement stranger = finding("REC-STRANGER");
        assertThat(stranger.getText()).contains("BLOCKER", "Empfehlung von Unbekannten", "Vorschlag:");
        assertThat(element("verdict-word").getText()).isEqualTo("Nicht senden");
        assertThat(element("policy").getText()).isEqualTo("Richtlinie professional " + server.advisor().policyVersion());
        browser.screenshot("founding-post-de");
    }

    @Test
    void highlightsTheColdPitchInTheNoteAndMarksItsSpansOnHover() {
        open(KniggeServer.builder().port(0), 1280, 1000);
        click("lang-en");
        new Select(element("degree")).selectByValue("3");
        element("note").sendKeys(COLD_PITCH);

        awaitVerdict("DO_NOT_SEND");
        WebElement pitch = finding("GEN-COLD-PITCH");
        List<WebElement> marks = marksOf(pitch);
        assertThat(marks).isNotEmpty();
        String marked = String.join("|", marks.stream().map(mark -> mark.getAttribute("textContent")).toList());
        assertThat(COLD_PITCH).contains(marks.get(0).getAttribute("textContent"));
        assertThat(marked).containsIgnoringCase("demo");

        new Actions(browser.driver).moveToElement(pitch).perform();
        wait(30).until(driver -> marksOf(pitch).stream().allMatch(mark -> mark.getAttribute("class").contains("active")));
        browser.screenshot("cold-pitch-highlighted");
    }

    @Test
    void switchesTheAdviceAndThePageToEnglish() {
        open(KniggeServer.builder().port(0), 1280, 1100);
        click("lang-de");
        new Select(element("example")).selectByValue("recommendation-from-a-stranger.json");
        awaitVerdict("DO_NOT_SEND");
        assertThat(finding("REC-STRANGER").getText()).contains("Empfehlung von Unbekannten");

        click("lang-en");

        wait(30).until(driver -> finding("REC-STRANGER").getText().contains("Suggestion:"));
        assertThat(element("verdict-word").getText()).isEqualTo("Do not send");
        assertThat(finding("REC-STRANGER").getText()).doesNotContain("Empfehlung von Unbekannten");
        assertThat(browser.driver.findElement(By.cssSelector("legend")).getText()).isEqualTo("Request");
        assertThat(element("lang-en").getAttribute("aria-pressed")).isEqualTo("true");
        browser.screenshot("founding-post-en");
    }

    @Test
    void showsAnEditedPolicyAndABrokenEditWithoutAReload() {
        Path folder = PolicyFolders.copy("house", temp);
        open(KniggeServer.builder().port(0).watch(Advisor.builder().policy(Policy.directory(folder))), 1280, 1000);
        click("lang-en");
        new Select(element("type")).selectByValue("INMAIL");
        element("note").sendKeys("Hello Ms Weber, your talk on supply chains at LogiMAT made me curious.");
        wait(60).until(driver -> finding("HOUSE-INMAIL").getText().contains("ADVICE"));

        PolicyFolders.edit(folder, "house.drl", "@severity(ADVICE)", "@severity(BLOCKER)");

        wait(120).until(driver -> finding("HOUSE-INMAIL").getText().contains("BLOCKER"));
        awaitVerdict("DO_NOT_SEND");
        browser.screenshot("policy-edited");

        PolicyFolders.edit(folder, "house.drl", "RequestType.INMAIL", "RequestType.NOSUCHTYPE");

        wait(120).until(ExpectedConditions.visibilityOfElementLocated(By.id("policy-problem")));
        assertThat(element("policy-problems").getText()).contains("house.drl:");
        assertThat(finding("HOUSE-INMAIL").getText()).contains("BLOCKER");
        browser.screenshot("policy-broken");
    }

    @Test
    void staysReadableAndUsableAt400PixelsWide() {
        open(KniggeServer.builder().port(0), 400, 1400);
        click("lang-en");
        new Select(element("example")).selectByValue("group-invite-off-topic.json");

        awaitVerdict("DO_NOT_SEND");
        Long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
        Long clientWidth = (Long) browser.driver.executeScript("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(clientWidth);
        for (WebElement field : browser.driver.findElements(By.cssSelector("input, select, textarea"))) {
            String id = field.getAttribute("id");
            boolean labelled = !browser.driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty()
                    || !(Boolean) browser.driver.executeScript("return arguments[0].closest('label') === null;", field);
            assertThat(labelled).as("#" + id + " has a label").isTrue();
        }
        browser.screenshot("narrow-400px");
    }

    private void open(KniggeServer.Builder builder, int width, int height) {
        server = builder.start();
        browser = Browser.open(width, height);
        browser.driver.get(server.uri().toString());
        wait(30).until(driver -> element("example").findElements(By.tagName("option")).size() > 1);
    }

    private WebElement element(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void click(String id) {
        element(id).click();
    }

    private WebElement finding(String rule) {
        return browser.driver.findElement(By.cssSelector(".finding[data-rule='" + rule + "']"));
    }

    private List<WebElement> marksOf(WebElement finding) {
        String index = finding.getAttribute("data-index");
        return browser.driver.findElements(By.cssSelector("#note-backdrop mark")).stream()
                .filter(mark -> List.of(mark.getAttribute("data-findings").split(" ")).contains(index)).toList();
    }

    private void awaitVerdict(String verdict) {
        wait(60).until(driver -> verdict.equals(element("verdict").getAttribute("data-verdict"))
                && !element("verdict").getAttribute("class").contains("stale"));
    }

    /** Waits for a condition on the page; when it never holds, saves what the page showed as {@code failed.png}. */
    private Waiting wait(int seconds) {
        return new Waiting(seconds);
    }

    private final class Waiting {
        private final WebDriverWait wait;

        Waiting(int seconds) {
            wait = new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
            wait.ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class);
        }

        <T> T until(Function<WebDriver, T> condition) {
            try {
                return wait.until(condition);
            } catch (TimeoutException e) {
                browser.screenshot("failed");
                throw e;
            }
        }
    }
}
