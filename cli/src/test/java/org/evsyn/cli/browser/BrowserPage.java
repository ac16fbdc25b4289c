package org.evsyn.cli.browser;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** One page of a {@link HeadlessChromium}, loaded from a URL, that a test queries, checks and photographs. */
public final class BrowserPage {

    private final DevTools devTools;
    private final String session;

    private BrowserPage(DevTools devTools, String session) {
        this.devTools = devTools;
        this.session = session;
    }

    /** Opens {@code url} in a new 1280 px wide page and waits for its load event. */
    public static BrowserPage open(DevTools devTools, URI url) throws IOException, InterruptedException {
        return open(devTools, url, Map.of("url", "about:blank"));
    }

    /**
     * Opens {@code url} in a page of its own browser context (like a private window: its own cookies), so two
     * pages of one browser can be signed in as two people.
     */
    public static BrowserPage openIsolated(DevTools devTools, URI url) throws IOException, InterruptedException {
        String context = devTools.call(null, "Target.createBrowserContext", Map.of()).path("browserContextId")
                .asText();
        return open(devTools, url, Map.of("url", "about:blank", "browserContextId", context));
    }

    private static BrowserPage open(DevTools devTools, URI url, Map<String, ?> target0)
            throws IOException, InterruptedException {
        String target = devTools.call(null, "Target.createTarget", target0).path("targetId").asText();
        String session = devTools.call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        BrowserPage page = new BrowserPage(devTools, session);
        for (String domain : List.of("Page", "Runtime", "Log")) {
            devTools.call(session, domain + ".enable", Map.of());
        }
        devTools.call(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        JsonNode nav = devTools.call(session, "Page.navigate", Map.of("url", url.toString()));
        if (nav.has("errorText")) {
            throw new IOException("could not load " + url + ": " + nav.get("errorText").asText());
        }
        devTools.await(session, "Page.loadEventFired");
        return page;
    }

    /** The value of a JavaScript expression evaluated in the page (JSON-serialisable values only). */
    public JsonNode evaluate(String expression) throws IOException {
        JsonNode r = devTools.call(session, "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("the page could not evaluate " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /**
     * Errors the page reported so far: uncaught exceptions, console.error/assert calls and log entries of level
     * error (which include resources that failed to load, such as a missing figure), one line each.
     */
    public List<String> errors() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : devTools.events()) {
            if (!session.equals(e.path("sessionId").asText())) {
                continue;
            }
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.exceptionThrown" -> out.add("exception: " + p.path("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        out.add("console." + type + ": " + p.path("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    if (p.path("entry").path("level").asText().equals("error")) {
                        out.add("log: " + p.path("entry").path("text").asText() + " "
                                + p.path("entry").path("url").asText());
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    /**
     * Writes a PNG of the element {@code selector} (whole, also beyond the window) to {@code file}; returns its
     * size in CSS pixels as {width, height}.
     */
    public int[] screenshot(String selector, Path file) throws IOException {
        JsonNode box = evaluate("(() => { const r = document.querySelector(" + quote(selector) + ")"
                + ".getBoundingClientRect(); return [r.left + window.scrollX, r.top + window.scrollY, r.width, "
                + "r.height]; })()");
        Map<String, Object> clip = Map.of("x", box.get(0).asDouble(), "y", box.get(1).asDouble(),
                "width", box.get(2).asDouble(), "height", box.get(3).asDouble(), "scale", 1);
        JsonNode shot = devTools.call(session, "Page.captureScreenshot",
                Map.of("format", "png", "clip", clip, "captureBeyondViewport", true));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
        return new int[] {(int) Math.round(box.get(2).asDouble()), (int) Math.round(box.get(3).asDouble())};
    }

    /**
     * Waits up to 20 s for a JavaScript expression to be true, checking every 50 ms.
     *
     * @throws IOException when it stays false (or fails), naming the expression and the page's errors
     */
    public void waitFor(String condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        String failure = "";
        while (System.nanoTime() < deadline) {
            try {
                if (evaluate("Boolean(" + condition + ")").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                // While a new document loads, its elements are not there yet: try again.
                failure = "; last failure: " + e.getMessage();
            }
            Thread.sleep(50);
        }
        throw new IOException("still not true after 20 s: " + condition + failure + "; page errors: " + errors());
    }

    /** Presses and releases a key that types one character, as a person at the keyboard would. */
    public void press(String key) throws IOException {
        devTools.call(session, "Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "text", key));
        devTools.call(session, "Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key));
    }

    /** Clicks the first element matching {@code selector} (through the page's own click, so handlers run). */
    public void click(String selector) throws IOException {
        if (!evaluate("(() => { const e = document.querySelector(" + quote(selector) + "); "
                + "if (!e) { return false; } e.click(); return true; })()").asBoolean()) {
            throw new IOException("nothing to click at " + selector);
        }
    }

    /** Sets the value of a form field and fires its input and change events. */
    public void fill(String selector, String value) throws IOException {
        if (!evaluate("(() => { const e = document.querySelector(" + quote(selector) + "); "
                + "if (!e) { return false; } e.value = " + quote(value) + "; "
                + "e.dispatchEvent(new Event('input', {bubbles: true})); "
                + "e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()").asBoolean()) {
            throw new IOException("no form field at " + selector);
        }
    }

    /** The text content of the first element matching {@code selector}, or empty when there is none. */
    public String text(String selector) throws IOException {
        return evaluate("(() => { const e = document.querySelector(" + quote(selector) + "); "
                + "return e ? e.textContent : ''; })()").asText();
    }

    /** A JavaScript string literal. */
    public static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
