package fr.fichesmetiers.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

import fr.fichesmetiers.Browser;
import fr.fichesmetiers.fiche.Fiche;

/**
 * The site in a real browser, opened from a folder ({@code file://}) as from a shared drive, and served by a web
 * server on 127.0.0.1. One browser and one site for the class: each test loads the pages it needs.
 */
class SiteBrowserFunctionalTests {

    @TempDir
    static Path root;
    private static ChromeDriver browser;
    private static HttpServer server;
    private static List<Fiche> fiches;

    @BeforeAll
    static void writeTheSiteAndStartABrowser() throws Exception {
        fiches = SiteFixtures.catalog();
        SiteFixtures.write(root, fiches, "fr", SiteFixtures.theme());
        server = Browser.serve(root);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void searchIgnoresAccentsAndCaseAndKeepsTheQueryInTheUrl() {
        browser.get(http("site/index.html"));
        WebElement query = browser.findElement(By.id("q"));
        query.sendKeys("SECURITE");
        assertThat(resultTitles()).containsExactly("Analyste en sécurité informatique");
        assertThat(browser.getCurrentUrl()).endsWith("index.html?q=SECURITE");

        browser.get(http("site/index.html?q=developpeur"));
        assertThat(browser.findElement(By.id("q")).getDomProperty("value")).isEqualTo("developpeur");
        assertThat(resultTitles()).containsExactlyInAnyOrder("Développeur back-end", "Développeur web");

        browser.get(http("site/index.html?q=aide-soignante"));
        assertThat(resultTitles()).as("feminine titles are searched").containsExactly("aide-soignant");
    }

    @Test
    void filtersReduceTheRowsOpenedFromAFolder() {
        browser.get(file("site/index.html"));
        new Select(browser.findElement(By.id("f-guide"))).selectByVisibleText("Cybersécurité");
        assertThat(resultTitles()).hasSize(2);
        browser.findElement(By.id("f-salary")).sendKeys("2500");
        assertThat(resultTitles()).containsExactly("Analyste en sécurité informatique");

        browser.get(file("site/index.html?level=7"));
        assertThat(resultTitles()).containsExactlyInAnyOrder("Développeur back-end", "Développeur web",
                "Analyste en sécurité informatique");
        new Select(browser.findElement(By.id("f-emp"))).selectByValue("4");
        assertThat(resultTitles()).containsExactly("Analyste en sécurité informatique");
    }

    @Test
    void guideTablesSortByTheirColumns() {
        browser.get(file("site/guides/numerique.html"));
        WebElement starting = browser.findElement(By.xpath("//th[contains(., 'Salaire débutant')]//button"));
        starting.click();
        assertThat(starting.findElement(By.xpath("..")).getDomAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(rowTitles()).last().isEqualTo("Développeur web");
        starting.click();
        assertThat(rowTitles()).first().isEqualTo("Développeur web");
    }

    @Test
    void everyLinkResolvesAndNoHostileTitleRuns() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> pages = crawl(http("site/index.html"));
        assertThat(pages).hasSize(1 + 4 + fiches.size());
        Set<String> links = new LinkedHashSet<>();
        for (String page : pages) {
            browser.get(page);
            assertThat(browser.executeScript("return window.pwned")).as(page).isNull();
            browser.findElements(By.cssSelector("a[href], link[href], script[src]")).forEach(e -> links.add(
                    e.getDomProperty(e.getTagName().equals("script") ? "src" : "href").replaceFirst("#.*", "")));
        }
        for (String link : links) {
            if (link.startsWith("https://www.example.org")) {
                continue;
            }
            assertThat(link).as("only relative links, to this server").startsWith(http(""));
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(link).isEqualTo(200);
        }
        browser.get(http("site/index.html?q=img"));
        assertThat(resultTitles()).contains(SiteFixtures.HOSTILE_TITLE);
        assertThat(browser.executeScript("return window.pwned")).isNull();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Les fiches métiers");
        browser.get(file("site/fiches/titre-hostile.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SiteFixtures.HOSTILE_TITLE);
        assertThat(browser.executeScript("return window.pwned")).isNull();
    }

    @Test
    void withJavaScriptOffEveryProfileIsReachableFromTheIndex() {
        Browser.javascript(browser, false);
        try {
            browser.get(file("site/index.html"));
            assertThat(browser.findElement(By.id("search")).isDisplayed()).isFalse();
            Set<String> reached = crawl(file("site/index.html")).stream().filter(p -> p.contains("/fiches/"))
                    .map(p -> p.replaceFirst(".*/fiches/(.*)\\.html$", "$1")).collect(Collectors.toSet());
            assertThat(reached).containsExactlyInAnyOrderElementsOf(fiches.stream().map(Fiche::id).toList());
        }
        finally {
            Browser.javascript(browser, true);
        }
    }

    @Test
    void indexGuideAndProfilePagesHaveNoWcag21AaViolation() {
        browser.get(file("site/index.html?q=d"));
        assertThat(resultTitles()).isNotEmpty();
        Browser.assertAccessible(browser);
        browser.get(file("site/guides/cybersecurite.html"));
        Browser.assertAccessible(browser);
        browser.get(file("site/fiches/developpeur-back-end.html"));
        Browser.assertAccessible(browser);
        browser.get(file("site/fiches/aide-soignant-onisep.html"));
        Browser.assertAccessible(browser);
    }

    /** Every page of the site reachable from a page by following its links, as the browser shows them. */
    private static Set<String> crawl(String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(start));
        String site = start.substring(0, start.indexOf("/site/") + "/site/".length());
        while (!next.isEmpty()) {
            String page = next.pop();
            if (!seen.add(page)) {
                continue;
            }
            browser.get(page);
            for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
                String href = a.getDomProperty("href").replaceFirst("[#?].*", "");
                if (href.startsWith(site) && href.endsWith(".html") && !seen.contains(href)) {
                    next.add(href);
                }
            }
        }
        return seen;
    }

    private static List<String> resultTitles() {
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("count")).getText().isEmpty());
        return browser.findElements(By.cssSelector("#results tbody th a")).stream().map(WebElement::getText).toList();
    }

    private static List<String> rowTitles() {
        return browser.findElements(By.cssSelector("table.sortable tbody th a")).stream().map(WebElement::getText)
                .toList();
    }

    private static String http(String path) {
        return Browser.base(server) + path;
    }

    private static String file(String path) {
        assertThat(Files.exists(root.resolve(path.replaceFirst("\\?.*", "")))).isTrue();
        return root.resolve(path.replaceFirst("\\?.*", "")).toUri() + (path.contains("?")
                ? path.substring(path.indexOf('?')) : "");
    }
}
