package fr.fichesmetiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;

/**
 * The real browser of the tests: Debian's Chromium driven by its own chromedriver (nothing downloaded), headless,
 * kept off the network except 127.0.0.1, and a throwaway web server on 127.0.0.1 for pages served over HTTP.
 */
public final class Browser {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** What WCAG 2.1 AA asks, as axe tags its rules. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Held, so that the setting stays: Selenium warns that it has no DevTools module for this Chromium's version. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files", "--window-size=" + width + "," + height,
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Turns JavaScript off (or on again) for the pages loaded next, in the same browser. */
    public static void javascript(ChromeDriver driver, boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Serves a folder on 127.0.0.1 at a free port; stop it with {@code stop(0)}. */
    public static HttpServer serve(Path folder) {
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0),
                folder.toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        server.start();
        return server;
    }

    public static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Runs axe on the page the browser shows and expects no violation of WCAG 2.1 AA. */
    public static void assertAccessible(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getViolations())
                .as("axe violations on %s: %s", driver.getCurrentUrl(), results.getViolations().stream()
                        .map(v -> v.getId() + " (" + v.getHelp() + ") " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }
}
