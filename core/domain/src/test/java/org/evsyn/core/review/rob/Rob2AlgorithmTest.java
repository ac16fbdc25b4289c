package org.evsyn.core.review.rob;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Rob2AlgorithmTest {

    private final Rob2Algorithm algorithm = new Rob2Algorithm();

    private static Map<RobDomain, RobJudgement> domains(RobJudgement... j) {
        Map<RobDomain, RobJudgement> m = new EnumMap<>(RobDomain.class);
        for (int i = 0; i < j.length; i++) {
            m.put(RobDomain.values()[i], j[i]);
        }
        return m;
    }

    @Test
    void allDomainsLowIsLowOverall() {
        assertThat(algorithm.propose(domains(RobJudgement.LOW, RobJudgement.LOW, RobJudgement.LOW, RobJudgement.LOW,
                RobJudgement.LOW)).judgement()).isEqualTo(RobJudgement.LOW);
    }

    @Test
    void anyHighDomainIsHighOverall() {
        assertThat(algorithm.propose(domains(RobJudgement.LOW, RobJudgement.LOW, RobJudgement.HIGH, RobJudgement.LOW,
                RobJudgement.SOME_CONCERNS)).judgement()).isEqualTo(RobJudgement.HIGH);
    }

    @Test
    void someConcernsWithoutHighIsSomeConcerns() {
        Rob2Algorithm.Proposal p = algorithm.propose(domains(RobJudgement.LOW, RobJudgement.SOME_CONCERNS,
                RobJudgement.LOW, RobJudgement.LOW, RobJudgement.LOW));
        assertThat(p.judgement()).isEqualTo(RobJudgement.SOME_CONCERNS);
        assertThat(p.note()).get().asString().doesNotContain("may judge");
    }

    @Test
    void severalConcernsStaySomeConcernsButAskTheReviewers() {
        Rob2Algorithm.Proposal p = algorithm.propose(domains(RobJudgement.SOME_CONCERNS, RobJudgement.SOME_CONCERNS,
                RobJudgement.SOME_CONCERNS, RobJudgement.LOW, RobJudgement.LOW));
        assertThat(p.judgement()).isEqualTo(RobJudgement.SOME_CONCERNS);
        assertThat(p.note()).get().asString().contains("may judge the overall risk high");
    }

    @Test
    void aMissingDomainIsAnError() {
        assertThatThrownBy(() -> algorithm.propose(domains(RobJudgement.LOW, RobJudgement.LOW)))
                .hasMessageContaining("D3");
    }

    @Test
    void overrideWinsOverTheProposal() {
        Map<RobDomain, Rob2Assessment.DomainJudgement> d = new EnumMap<>(RobDomain.class);
        for (RobDomain x : RobDomain.values()) {
            d.put(x, new Rob2Assessment.DomainJudgement(RobJudgement.SOME_CONCERNS, "test data"));
        }
        Rob2Assessment a = new Rob2Assessment("Test trial", java.util.Optional.empty(), d,
                algorithm.propose(domains(RobJudgement.SOME_CONCERNS, RobJudgement.SOME_CONCERNS,
                        RobJudgement.SOME_CONCERNS, RobJudgement.SOME_CONCERNS, RobJudgement.SOME_CONCERNS)),
                java.util.Optional.of(new Rob2Assessment.Override(RobJudgement.HIGH, "concerns compound")));
        assertThat(a.proposed().judgement()).isEqualTo(RobJudgement.SOME_CONCERNS);
        assertThat(a.overall()).isEqualTo(RobJudgement.HIGH);
    }

    @Test
    void judgementsParseAsReviewersWriteThem() {
        assertThat(RobJudgement.parse("Some concerns")).contains(RobJudgement.SOME_CONCERNS);
        assertThat(RobJudgement.parse("some_concerns")).contains(RobJudgement.SOME_CONCERNS);
        assertThat(RobJudgement.parse("HIGH")).contains(RobJudgement.HIGH);
        assertThat(RobJudgement.parse("unclear")).isEmpty();
    }
}
