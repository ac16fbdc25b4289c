package org.evsyn.cli.serve;

import org.evsyn.cli.browser.BrowserPage;
import org.evsyn.cli.browser.DevTools;
import org.evsyn.cli.browser.HeadlessChromium;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.team.ReviewerToken;
import org.evsyn.core.review.team.Verdict;
import org.evsyn.core.review.team.Vote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reviewers screen a review in headless Chromium, each in a browser context of their own, with the keyboard:
 * they disagree on one record, one of them resolves the conflict, both screen the full texts, and the PRISMA
 * counts on the page and the history in the store follow. A subclass names the store the review lives on.
 */
abstract class ScreeningBrowserTest {

    /** Where the pages are photographed, for a person to look at after the build. */
    private static final Path SCREENSHOTS = Path.of("target", "screening-screenshots");

    @TempDir
    Path dir;

    /** The review to screen, on the subclass's store. */
    abstract ScreeningFixture fixture(Path dir) throws Exception;

    @Test
    void twoReviewersScreenDisagreeResolveAndThePrismaAndHistoryFollow() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.unavailable().isEmpty(), HeadlessChromium.unavailable().orElse(""));
        ScreeningFixture f = fixture(dir);
        List<String> keys = f.recordKeys();
        String agreedIn = keys.get(0);
        String disputed = keys.get(1);
        String changedMind = keys.get(2);
        String excludedAtFullText = keys.get(3);
        String reason1 = f.settings().exclusionReasons().get(0);
        String reason2 = f.settings().exclusionReasons().get(1);
        // Title/abstract: Ann includes three; Bob agrees but for the disputed one, and first includes the record
        // he then changes his mind on. Everything else both exclude.
        Map<String, String> annKeys = new HashMap<>();
        Map<String, String> bobKeys = new HashMap<>();
        for (String k : keys) {
            annKeys.put(k, "1");
            bobKeys.put(k, "e");
        }
        annKeys.putAll(Map.of(agreedIn, "i", disputed, "i", excludedAtFullText, "i"));
        bobKeys.putAll(Map.of(agreedIn, "i", disputed, "e", excludedAtFullText, "i", changedMind, "i"));

        try (AutoCloseable store = f.resources();
             ScreeningServer server = ScreeningServer.start(f.screening(), f.settings(), "127.0.0.1", 0);
             HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium.log"));
             DevTools devTools = DevTools.connect(chromium.endpoint())) {
            ReviewerToken ann = f.screening().addReviewer("Ann");
            ReviewerToken bob = f.screening().addReviewer("Bob");
            BrowserPage annPage = signIn(devTools, server, ann);
            BrowserPage bobPage = signIn(devTools, server, bob);

            // The record with <script> in its title shows the tag as text and runs nothing.
            screenUntil(annPage, f.scriptTitleKey(), Map.of());
            assertThat(annPage.text("#r-title")).contains("<script>");
            assertThat(annPage.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
            assertThat(annPage.evaluate("document.querySelectorAll('#record script').length").asInt()).isZero();
            assertThat(annPage.evaluate("document.querySelectorAll('#r-abstract mark').length").asInt())
                    .as("highlighted keywords").isPositive();
            annPage.screenshot("body", SCREENSHOTS.resolve(getClass().getSimpleName() + "-record.png"));

            screenAll(annPage, annKeys);
            assertThat(annPage.text("#p-screened")).isEqualTo(String.valueOf(keys.size()));
            assertThat(annPage.text("#p-remaining")).isEqualTo("0");
            // Blinded: Bob sees none of Ann's votes before his own.
            assertThat(f.screening().visibleVotes(f.screening().reviewers().get(1), disputed, Stage.TITLE_ABSTRACT))
                    .isEmpty();

            screenUntil(bobPage, changedMind, bobKeys);
            bobPage.press("i");
            bobPage.waitFor("document.getElementById('status').textContent.startsWith('Recorded: include') "
                    + "&& !document.body.classList.contains('busy')");
            bobPage.press("u");
            bobPage.waitFor("document.getElementById('r-key').textContent === " + BrowserPage.quote(changedMind));
            bobPage.press("e");
            // Wait for the page to move on too: on a slower store the status changes before the next record shows.
            bobPage.waitFor("document.getElementById('status').textContent.includes('exclude') "
                    + "&& document.getElementById('r-key').textContent !== " + BrowserPage.quote(changedMind)
                    + " && !document.body.classList.contains('busy')");
            screenAll(bobPage, bobKeys);
            bobPage.waitFor("document.getElementById('p-conflicts').textContent === '1'");

            // Ann resolves the conflict from the conflicts view.
            annPage.press("c");
            annPage.waitFor("document.querySelector('.conflict[data-record-key=" + BrowserPage.quote(disputed)
                    + "]') !== null");
            annPage.click(".conflict .resolve-include");
            annPage.waitFor("!document.getElementById('conflicts-empty').hidden");

            // Full text: both include one and exclude the other two for the same listed reason.
            for (BrowserPage page : List.of(annPage, bobPage)) {
                page.press("s");
                page.fill("#stage", "FULL_TEXT");
                page.waitFor("document.getElementById('panel-screen').dataset.stage === 'FULL_TEXT'");
                Map<String, String> ft = Map.of(agreedIn, "i", disputed, "2", excludedAtFullText, "2");
                screenAll(page, ft);
            }

            annPage.press("p");
            annPage.waitFor("document.querySelector('#prisma-counts td[data-key=fullTextAssessed]') !== null");
            annPage.waitFor("document.getElementById('prisma-figure').complete "
                    + "&& document.getElementById('prisma-figure').naturalWidth > 0");
            annPage.screenshot("body", SCREENSHOTS.resolve(getClass().getSimpleName() + "-prisma.png"));
            PrismaCounts stored = f.screening().prisma();
            int excludedAtScreening = keys.size() - 3;
            assertThat(stored.excludedAtScreening()).hasValue(excludedAtScreening);
            assertThat(stored.reportsSought()).hasValue(3);
            assertThat(stored.fullTextAssessed()).hasValue(3);
            assertThat(stored.fullTextExcluded()).isEqualTo(Map.of(reason2, 2));
            assertThat(annPage.text("#prisma-counts td[data-key=screened]"))
                    .isEqualTo(String.valueOf(stored.screened().orElseThrow()));
            assertThat(annPage.text("#prisma-counts td[data-key=excludedAtScreening]"))
                    .isEqualTo(String.valueOf(excludedAtScreening));
            assertThat(annPage.text("#prisma-counts td[data-key=reportsSought]")).isEqualTo("3");
            assertThat(annPage.text("#prisma-counts td[data-key=fullTextAssessed]")).isEqualTo("3");
            assertThat(annPage.text("#prisma-counts")).contains("Excluded at full text: " + reason2 + "2");

            // The history in the store: who, what, superseded, the resolution.
            List<Vote> disputedHistory = f.screening().history(disputed).stream()
                    .filter(v -> v.stage() == Stage.TITLE_ABSTRACT).toList();
            assertThat(disputedHistory).extracting(v -> v.reviewer().name() + " " + v.verdict() + " "
                    + v.resolution()).containsExactly("Ann INCLUDE false", "Bob EXCLUDE false", "Ann INCLUDE true");
            List<Vote> changed = f.screening().history(changedMind);
            assertThat(changed).filteredOn(v -> v.reviewer().name().equals("Bob"))
                    .extracting(Vote::verdict, v -> v.supersededAt().isPresent())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Verdict.INCLUDE, true),
                            org.assertj.core.groups.Tuple.tuple(Verdict.EXCLUDE, false));
            assertThat(f.screening().history(keys.get(4))).filteredOn(v -> v.reviewer().name().equals("Ann"))
                    .singleElement().satisfies(v -> assertThat(v.reason()).hasValue(reason1));

            // And the page shows the history as it stands.
            annPage.press("s");
            annPage.fill("#stage", "TITLE_ABSTRACT");
            annPage.waitFor("document.getElementById('panel-screen').dataset.stage === 'TITLE_ABSTRACT'");
            assertThat(annPage.errors()).isEmpty();
            assertThat(bobPage.errors()).isEmpty();
        }
    }

    private static BrowserPage signIn(DevTools devTools, ScreeningServer server, ReviewerToken who)
            throws Exception {
        BrowserPage page = BrowserPage.openIsolated(devTools, server.url().resolve("signin"));
        page.fill("#name", who.reviewer().name());
        page.fill("#token", who.token());
        page.click("#signin-button");
        page.waitFor("location.pathname === '/screen' && document.getElementById('who').textContent === "
                + BrowserPage.quote("Signed in as " + who.reviewer().name()));
        page.waitFor("!document.getElementById('record').hidden || !document.getElementById('r-empty').hidden");
        return page;
    }

    /** Presses each shown record's key from {@code plan} until the record {@code stop} is shown. */
    private static void screenUntil(BrowserPage page, String stop, Map<String, String> plan) throws Exception {
        for (int i = 0; i < 100; i++) {
            page.waitFor("!document.getElementById('record').hidden");
            String key = page.text("#r-key");
            if (key.equals(stop)) {
                return;
            }
            vote(page, key, plan);
        }
        throw new AssertionError("record " + stop + " never came up");
    }

    /** Screens every record the page offers, pressing the key {@code plan} gives for it. */
    private static void screenAll(BrowserPage page, Map<String, String> plan) throws Exception {
        for (int i = 0; i < 100; i++) {
            page.waitFor("!document.getElementById('record').hidden || !document.getElementById('r-empty').hidden");
            if (!page.evaluate("document.getElementById('r-empty').hidden").asBoolean()) {
                return;
            }
            vote(page, page.text("#r-key"), plan);
        }
        throw new AssertionError("the queue never emptied");
    }

    private static void vote(BrowserPage page, String key, Map<String, String> plan) throws Exception {
        String k = plan.get(key);
        if (k == null) {
            throw new AssertionError("no vote planned for " + key);
        }
        String before = page.evaluate("document.getElementById('status').textContent").asText();
        page.press(k);
        page.waitFor("document.getElementById('status').textContent !== " + BrowserPage.quote(before)
                + " && document.getElementById('status').textContent.includes(" + BrowserPage.quote(key) + ")");
        page.waitFor("(document.getElementById('r-key').textContent !== " + BrowserPage.quote(key)
                + " || !document.getElementById('r-empty').hidden) && !document.body.classList.contains('busy')");
    }
}
