package org.evsyn.core.review.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into the terms the model counts: lower-case words, stop words dropped, unigrams and bigrams. */
final class Tokens {

    private Tokens() {
    }

    /**
     * The words of {@code text}: runs of letters or digits, lower-cased, at least two characters long (as
     * scikit-learn's default pattern), English stop words dropped.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String w = lower.substring(start, i);
                if (w.length() >= 2 && !StopWords.ENGLISH.contains(w)) {
                    out.add(w);
                }
                start = -1;
            }
        }
        return out;
    }

    /** The unigrams of {@code words} followed by its bigrams (two words joined by one space). */
    static List<String> unigramsAndBigrams(List<String> words) {
        List<String> out = new ArrayList<>(words.size() * 2);
        out.addAll(words);
        for (int i = 1; i < words.size(); i++) {
            out.add(words.get(i - 1) + " " + words.get(i));
        }
        return out;
    }
}
