package org.evsyn.ingest.literature;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication years from the date forms of literature exports ("2017 Feb", "2000 Nov-Dec", "2016/09//"). */
final class Years {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d|2100)(?!\\d)");

    private Years() {
    }

    /** The first plausible four-digit year in the text. */
    static OptionalInt first(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
