package org.evsyn.core.review.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    @Test
    void wordsAreLowerCaseRunsOfLettersOrDigitsWithoutStopWordsOrSingleCharacters() {
        assertThat(Tokens.words("The Placebo-controlled trial of 5 HT1B agonists: a Zolmitriptan study"))
                .containsExactly("placebo", "controlled", "trial", "ht1b", "agonists", "zolmitriptan", "study");
    }

    @Test
    void bigramsJoinNeighboursLeftAfterStopWordsAreDropped() {
        assertThat(Tokens.unigramsAndBigrams(Tokens.words("pain and nausea relief")))
                .containsExactly("pain", "nausea", "relief", "pain nausea", "nausea relief");
    }

    @Test
    void emptyTextHasNoTerms() {
        assertThat(Tokens.unigramsAndBigrams(Tokens.words(" -- , "))).isEqualTo(List.of());
    }
}
