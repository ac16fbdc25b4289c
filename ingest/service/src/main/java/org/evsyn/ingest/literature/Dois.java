package org.evsyn.ingest.literature;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DOI normalisation: lower case, no resolver prefix, no "doi:" label, no trailing punctuation. */
public final class Dois {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_PARAM = Pattern.compile("[?&]doi=([^&\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_HOST = Pattern.compile("(?:dx\\.)?doi\\.org/(10\\.\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_PATH = Pattern.compile("/doi/(?:(?:full|abs|pdf|epdf)/)?(10\\.\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/|(?:dx\\.)?doi\\.org/)", Pattern.CASE_INSENSITIVE);

    private Dois() {
    }

    /**
     * The DOI in a field that is meant to hold one ({@code DO}, {@code L3}, {@code ArticleId}): the field with
     * prefixes removed and lower-cased; empty when it does not look like a DOI.
     */
    public static Optional<String> normalise(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String t = PREFIX.matcher(field.trim()).replaceFirst("").trim();
        Matcher m = DOI.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(stripTrailing(m.group()).toLowerCase(Locale.ROOT));
    }

    /**
     * A DOI inside a link: a {@code doi.org} address, a publisher path holding {@code /doi/...}, or a
     * URL-encoded {@code doi=} parameter (Scopus). Empty for any other link.
     */
    public static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.trim();
        Matcher param = DOI_PARAM.matcher(u);
        if (param.find()) {
            try {
                return normalise(URLDecoder.decode(param.group(1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // A malformed escape ("doi=%zz"): no DOI in the parameter; the link may still hold one below.
            }
        }
        Matcher host = DOI_HOST.matcher(u);
        if (host.find()) {
            return normalise(host.group(1));
        }
        Matcher path = DOI_PATH.matcher(u);
        if (path.find()) {
            return normalise(path.group(1));
        }
        return Optional.empty();
    }

    private static String stripTrailing(String doi) {
        String d = doi;
        while (!d.isEmpty() && ".,;)]}>\"'".indexOf(d.charAt(d.length() - 1)) >= 0) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }
}
