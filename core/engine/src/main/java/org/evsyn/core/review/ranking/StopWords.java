package org.evsyn.core.review.ranking;

import java.util.Set;

/**
 * English stop words dropped before n-grams are formed: the function words of scikit-learn's English list (the
 * vectoriser ASReview builds on), so that bigrams such as "placebo controlled" form across a dropped "and".
 */
final class StopWords {

    private StopWords() {
    }

    static final Set<String> ENGLISH = Set.of(
            "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone",
            "along", "already", "also", "although", "always", "am", "among", "amongst", "amoungst", "amount", "an",
            "and", "another", "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are", "around", "as",
            "at", "back", "be", "became", "because", "become", "becomes", "becoming", "been", "before",
            "beforehand", "behind", "being", "below", "beside", "besides", "between", "beyond", "both", "bottom",
            "but", "by", "can", "cannot", "cant", "co", "could", "couldnt", "de", "do", "done", "down", "due",
            "during", "each", "eg", "either", "else", "elsewhere", "enough", "etc", "even", "ever", "every",
            "everyone", "everything", "everywhere", "except", "few", "for", "former", "formerly", "from",
            "further", "get", "give", "go", "had", "has", "hasnt", "have", "he", "hence", "her", "here",
            "hereafter", "hereby", "herein", "hereupon", "hers", "herself", "him", "himself", "his", "how",
            "however", "i", "ie", "if", "in", "inc", "indeed", "into", "is", "it", "its", "itself", "keep",
            "last", "latter", "latterly", "least", "less", "ltd", "made", "many", "may", "me", "meanwhile",
            "might", "mine", "more", "moreover", "most", "mostly", "much", "must", "my", "myself", "namely",
            "neither", "never", "nevertheless", "next", "no", "nobody", "none", "noone", "nor", "not", "nothing",
            "now", "nowhere", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others",
            "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "please", "put",
            "rather", "re", "same", "see", "seem", "seemed", "seeming", "seems", "several", "she", "should",
            "since", "so", "some", "somehow", "someone", "something", "sometime", "sometimes", "somewhere",
            "still", "such", "than", "that", "the", "their", "them", "themselves", "then", "thence", "there",
            "thereafter", "thereby", "therefore", "therein", "thereupon", "these", "they", "this", "those",
            "though", "through", "throughout", "thru", "thus", "to", "together", "too", "toward", "towards",
            "un", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what",
            "whatever", "when", "whence", "whenever", "where", "whereafter", "whereas", "whereby", "wherein",
            "whereupon", "wherever", "whether", "which", "while", "whither", "who", "whoever", "whole", "whom",
            "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
            "yourself", "yourselves");
}
