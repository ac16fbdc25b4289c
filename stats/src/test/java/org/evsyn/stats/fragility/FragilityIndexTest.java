package org.evsyn.stats.fragility;

import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Fragility indices against the reference examples of the R package {@code fragility} 1.6.1 (Lin &amp; Chu), as
 * listed in the oracles for methods beyond pairwise meta-analysis: Walsh's index of {@code dat.ad} row 13 and the
 * meta-analysis index of {@code dat.ns} meta-analysis 11 (Atal et al. 2019).
 */
class FragilityIndexTest {

    /** dat.ns meta-analysis 11, given control first in the source: 7/30 vs 3/30; 1/16 vs 1/17; 2/13 vs 0/12. */
    private static List<BinaryStudy> ns11() {
        return List.of(new BinaryStudy("study 1", 3, 30, 7, 30), new BinaryStudy("study 2", 1, 17, 1, 16),
                new BinaryStudy("study 3", 0, 12, 2, 13));
    }

    @Test
    void walshIndexOfDatAdRow13IsSix() {
        StudyFragility f = Fragility.walsh(new BinaryStudy("dat.ad 13", 16, 165, 36, 167), 0.05);
        assertThat(f.significant()).isTrue();
        assertThat(f.pBefore()).isCloseTo(0.004, within(0.0005));
        assertThat(f.flipped()).isTrue();
        assertThat(f.index()).isEqualTo(6);
        assertThat(f.arm()).isEqualTo(Arm.TREATMENT);
        assertThat(f.changed().treatEvents()).isEqualTo(22);
        assertThat(f.pAfter()).isCloseTo(0.0599, within(0.00005));
        assertThat(f.quotient()).isCloseTo(6.0 / 332, within(1e-12));
    }

    @Test
    void aNonSignificantTableGetsTheReverseIndexFromTheArmWithFewerEvents() {
        StudyFragility f = Fragility.walsh(new BinaryStudy("t", 22, 165, 36, 167), 0.05);
        assertThat(f.significant()).isFalse();
        assertThat(f.flipped()).isTrue();
        assertThat(f.arm()).isEqualTo(Arm.TREATMENT);
        assertThat(f.changed().treatEvents()).isLessThan(22);
        assertThat(f.pAfter()).isLessThan(0.05);
    }

    /**
     * dat.bcg's Comstock 1974: the control arm has fewer events (141 vs 186) but the higher risk (0.52% vs 0.37%).
     * Adding events to the arm with fewer events would push the result away from the null until the arm is full.
     */
    @Test
    void unequalArmsChangeTheArmWithTheLowerRiskNotTheOneWithFewerEvents() {
        StudyFragility f = Fragility.walsh(new BinaryStudy("Comstock 1974", 186, 50634, 141, 27338), 0.05);
        assertThat(f.significant()).isTrue();
        assertThat(f.arm()).isEqualTo(Arm.TREATMENT);
        assertThat(f.flipped()).isTrue();
        assertThat(f.pAfter()).isGreaterThanOrEqualTo(0.05);
        assertThat(f.changed().treatEvents() * 27338L).isLessThan(141L * 50634);
    }

    @Test
    void thePooledOddsRatioOfDatNs11IsTheReference() {
        MetaFragility f = Fragility.metaAnalysis(ns11(), FragilityOptions.defaults(EffectMeasure.OR));
        assertThat(f.estimate()).isCloseTo(-0.941, within(0.0005));
        assertThat(f.ciLower()).isCloseTo(-2.144, within(0.0005));
        assertThat(f.ciUpper()).isCloseTo(0.261, within(0.0005));
        assertThat(f.pBefore()).isCloseTo(0.125, within(0.0005));
        assertThat(f.significant()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = EffectMeasure.class, names = {"OR", "RR", "RD"})
    void datNs11HasIndexTwoAndQuotient1point7PercentByBothSearches(EffectMeasure measure) {
        for (SearchMethod search : SearchMethod.values()) {
            MetaFragility f = Fragility.metaAnalysis(ns11(), new FragilityOptions(measure, Tau2Method.DL, 0.05,
                    search));
            assertThat(f.index()).as("%s %s", measure, search).isEqualTo(2);
            assertThat(f.flipped()).isTrue();
            assertThat(f.participants()).isEqualTo(118);
            assertThat(f.quotient()).isCloseTo(0.017, within(0.0005));
            assertThat(f.pAfter()).isLessThan(0.05);
            assertThat(f.changes().stream().mapToInt(c -> Math.abs(c.delta())).sum()).isEqualTo(2);
            assertThat(f.search()).isEqualTo(search == SearchMethod.GREEDY ? SearchMethod.GREEDY : SearchMethod.EXACT);
        }
    }

    @Test
    void datNs11WithRemlHasIndexTwo() {
        MetaFragility f = Fragility.metaAnalysis(ns11(), new FragilityOptions(EffectMeasure.OR, Tau2Method.REML, 0.05,
                SearchMethod.GREEDY));
        assertThat(f.index()).isEqualTo(2);
    }

    @Test
    void datNs11AtAlpha0005HasIndexSeven() {
        MetaFragility f = Fragility.metaAnalysis(ns11(), new FragilityOptions(EffectMeasure.OR, Tau2Method.DL, 0.005,
                SearchMethod.GREEDY));
        assertThat(f.index()).isEqualTo(7);
        assertThat(f.pAfter()).isLessThan(0.005);
    }

    /**
     * The greedy search overestimates here: a brute force in R (metafor DL, every change vector of up to 6 events)
     * first flips at 6 changes, e.g. treatment -1 in studies 1 and 2 with control +3 and +1.
     */
    @Test
    void theExactSearchFindsTheTrueMinimumOfSixAtAlpha0005() {
        MetaFragility f = Fragility.metaAnalysis(ns11(), new FragilityOptions(EffectMeasure.OR, Tau2Method.DL, 0.005,
                SearchMethod.AUTO));
        assertThat(f.search()).isEqualTo(SearchMethod.EXACT);
        assertThat(f.index()).isEqualTo(6);
        assertThat(f.changes().stream().mapToInt(c -> Math.abs(c.delta())).sum()).isEqualTo(6);
        assertThat(f.pAfter()).isLessThan(0.005);
    }

    /** metafor's dat.bcg: significant, too many studies and changes for the exact search, so auto runs greedy. */
    @Test
    void aLargeSignificantMetaAnalysisIsMovedTowardTheNullByTheGreedySearch() {
        int[][] bcg = {{4, 123, 11, 139}, {6, 306, 29, 303}, {3, 231, 11, 220}, {62, 13598, 248, 12867},
                {33, 5069, 47, 5808}, {180, 1541, 372, 1451}, {8, 2545, 10, 629}, {505, 88391, 499, 88391},
                {29, 7499, 45, 7277}, {17, 1716, 65, 1665}, {186, 50634, 141, 27338}, {5, 2498, 3, 2341},
                {27, 16913, 29, 17854}};
        List<BinaryStudy> studies = new java.util.ArrayList<>();
        for (int[] r : bcg) {
            studies.add(new BinaryStudy("s" + studies.size(), r[0], r[1], r[2], r[3]));
        }
        MetaFragility f = Fragility.metaAnalysis(studies, FragilityOptions.defaults(EffectMeasure.RR));
        assertThat(f.significant()).isTrue();
        assertThat(f.search()).isEqualTo(SearchMethod.GREEDY);
        assertThat(f.flipped()).isTrue();
        assertThat(f.pAfter()).isGreaterThanOrEqualTo(0.05);
        // toward the null from below: events added to treatment arms, removed from control arms
        assertThat(f.changes()).allSatisfy(c -> assertThat(c.delta() > 0).isEqualTo(c.arm() == Arm.TREATMENT));
        assertThat(f.changes().stream().mapToInt(c -> Math.abs(c.delta())).sum()).isEqualTo(f.index());
    }

    @Test
    void eachStudyGetsItsWalshIndex() {
        MetaFragility f = Fragility.metaAnalysis(ns11(), FragilityOptions.defaults(EffectMeasure.OR));
        assertThat(f.studies()).extracting(StudyFragility::label).containsExactly("study 1", "study 2", "study 3");
        assertThat(f.studies()).allSatisfy(s -> assertThat(s.significant()).isFalse());
    }
}
