package org.evsyn.core.review.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.screening.ScreeningVote.Verdict;
import org.evsyn.core.review.screening.TeamTally.Key;
import org.evsyn.core.review.screening.TeamTally.Status;
import org.junit.jupiter.api.Test;

class TeamTallyTest {

    private final List<ScreeningVote> votes = new ArrayList<>();

    private void vote(String record, Stage stage, long reviewer, Verdict verdict, String reason, boolean resolution,
                      boolean superseded) {
        long id = votes.size() + 1;
        votes.add(new ScreeningVote(id, record, stage, reviewer, "R" + reviewer, verdict, Optional.ofNullable(reason),
                resolution, "q" + id, Instant.EPOCH, superseded ? Optional.of(Instant.EPOCH) : Optional.empty()));
    }

    private Status status(String record, Stage stage) {
        return new TeamTally(2).tally(votes).get(new Key(record, stage)).status();
    }

    @Test
    void twoAgreeingVotesDecideOneIsPending() {
        vote("a", Stage.TITLE_ABSTRACT, 1, Verdict.INCLUDE, null, false, false);
        vote("a", Stage.TITLE_ABSTRACT, 2, Verdict.INCLUDE, null, false, false);
        vote("b", Stage.TITLE_ABSTRACT, 1, Verdict.EXCLUDE, "animal study", false, false);

        assertThat(status("a", Stage.TITLE_ABSTRACT)).isEqualTo(Status.AGREED);
        assertThat(status("b", Stage.TITLE_ABSTRACT)).isEqualTo(Status.PENDING);
        assertThat(new TeamTally(2).decisions(votes)).containsExactly(new ScreeningDecision("a",
                Stage.TITLE_ABSTRACT, true, Optional.empty(), Optional.of("R1, R2")));
        assertThat(new TeamTally(1).decisions(votes)).hasSize(2);
    }

    @Test
    void maybeDiffersFromEitherVerdictAndTwoMaybesAreAConflictToo() {
        vote("a", Stage.TITLE_ABSTRACT, 1, Verdict.INCLUDE, null, false, false);
        vote("a", Stage.TITLE_ABSTRACT, 2, Verdict.MAYBE, null, false, false);
        vote("b", Stage.TITLE_ABSTRACT, 1, Verdict.MAYBE, null, false, false);
        vote("b", Stage.TITLE_ABSTRACT, 2, Verdict.MAYBE, null, false, false);

        assertThat(status("a", Stage.TITLE_ABSTRACT)).isEqualTo(Status.CONFLICT);
        assertThat(status("b", Stage.TITLE_ABSTRACT)).isEqualTo(Status.CONFLICT);
        assertThat(new TeamTally(2).decisions(votes)).isEmpty();
    }

    @Test
    void onlyVotesInForceCountAndAResolutionSettlesTheRecord() {
        vote("a", Stage.TITLE_ABSTRACT, 1, Verdict.INCLUDE, null, false, true);
        vote("a", Stage.TITLE_ABSTRACT, 1, Verdict.EXCLUDE, "review article", false, false);
        vote("a", Stage.TITLE_ABSTRACT, 2, Verdict.INCLUDE, null, false, false);
        assertThat(status("a", Stage.TITLE_ABSTRACT)).isEqualTo(Status.CONFLICT);

        vote("a", Stage.TITLE_ABSTRACT, 3, Verdict.EXCLUDE, "review article", true, false);

        assertThat(status("a", Stage.TITLE_ABSTRACT)).isEqualTo(Status.RESOLVED);
        assertThat(new TeamTally(2).decisions(votes)).containsExactly(new ScreeningDecision("a",
                Stage.TITLE_ABSTRACT, false, Optional.of("review article"), Optional.of("resolved by R3")));
    }

    @Test
    void fullTextExclusionsWithDifferentReasonsDisagree() {
        vote("a", Stage.FULL_TEXT, 1, Verdict.EXCLUDE, "wrong population", false, false);
        vote("a", Stage.FULL_TEXT, 2, Verdict.EXCLUDE, "wrong comparator", false, false);
        vote("b", Stage.FULL_TEXT, 1, Verdict.EXCLUDE, "wrong population", false, false);
        vote("b", Stage.FULL_TEXT, 2, Verdict.EXCLUDE, "wrong population", false, false);

        assertThat(status("a", Stage.FULL_TEXT)).isEqualTo(Status.CONFLICT);
        assertThat(status("b", Stage.FULL_TEXT)).isEqualTo(Status.AGREED);
        assertThat(new TeamTally(2).decisions(votes)).extracting(ScreeningDecision::reason)
                .containsExactly(Optional.of("wrong population"));
    }

    @Test
    void votesThatDifferStayPendingAndBlindUntilTheRequiredNumberIsIn() {
        vote("a", Stage.TITLE_ABSTRACT, 1, Verdict.INCLUDE, null, false, false);
        vote("a", Stage.TITLE_ABSTRACT, 2, Verdict.EXCLUDE, "animal study", false, false);

        assertThat(new TeamTally(3).tally(votes).get(new Key("a", Stage.TITLE_ABSTRACT)).status())
                .isEqualTo(Status.PENDING);
        assertThat(status("a", Stage.TITLE_ABSTRACT)).isEqualTo(Status.CONFLICT);
    }

    @Test
    void aRecordNeedsAtLeastOneReviewer() {
        assertThatThrownBy(() -> new TeamTally(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
