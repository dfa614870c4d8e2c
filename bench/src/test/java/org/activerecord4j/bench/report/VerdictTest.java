package org.activerecord4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.bench.run.Spread;
import org.junit.jupiter.api.Test;

/** Verdicts are stated only where the whole spread supports them. */
class VerdictTest {

    @Test
    void atMost_wholeRangeAtOrBelowTheLimit_isMet() {
        assertThat(Verdict.atMost(Spread.of(1.02, 1.05, 1.10), 1.10)).isEqualTo(Verdict.MET);
    }

    @Test
    void atMost_wholeRangeAboveTheLimit_isMissed() {
        assertThat(Verdict.atMost(Spread.of(1.11, 1.15, 1.30), 1.10)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void atMost_limitInsideTheRange_isUndecided() {
        // The median meets the target, but one fork does not: the run cannot tell.
        assertThat(Verdict.atMost(Spread.of(1.05, 1.08, 1.12), 1.10)).isEqualTo(Verdict.UNDECIDED);
        assertThat(Verdict.atMost(Spread.of(1.10, 1.12, 1.14), 1.10)).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void atMost_fewerThanThreeForks_isOnlyIndicative_whicheverSideOfTheLimit() {
        // The quick profile's one fork has no range: it neither meets nor misses a target, nor fails the check.
        assertThat(Verdict.atMost(Spread.of(1.02), 1.10)).isEqualTo(Verdict.INDICATIVE);
        assertThat(Verdict.atMost(Spread.of(1.30, 1.40), 1.10)).isEqualTo(Verdict.INDICATIVE);
        assertThat(Verdict.decisive(Spread.of(1.0, 1.1, 1.2), Spread.of(1.3))).isFalse();
        assertThat(Verdict.decisive(Spread.of(1.0, 1.1, 1.2), Spread.of(1.3, 1.4, 1.5))).isTrue();
    }

    @Test
    void atMost_nothingMeasured_isUnchecked() {
        assertThat(Verdict.atMost(Spread.NONE, 1.10)).isEqualTo(Verdict.UNCHECKED);
    }

    @Test
    void compare_disjointRanges_areBelowOrAbove() {
        Spread ours = Spread.of(1.02, 1.05, 1.08);
        Spread peer = Spread.of(1.10, 1.20, 1.30);

        assertThat(Verdict.compare(ours, peer)).isEqualTo(Verdict.Comparison.BELOW);
        assertThat(Verdict.compare(peer, ours)).isEqualTo(Verdict.Comparison.ABOVE);
    }

    @Test
    void compare_overlappingRanges_areWithinSpread() {
        // Our median is lower, but the difference (0.03) is smaller than the spreads.
        Spread ours = Spread.of(1.02, 1.05, 1.12);
        Spread peer = Spread.of(1.06, 1.08, 1.20);

        assertThat(Verdict.compare(ours, peer)).isEqualTo(Verdict.Comparison.WITHIN_SPREAD);
        assertThat(Verdict.Comparison.WITHIN_SPREAD.phrase()).isEqualTo("within spread");
    }

    @Test
    void compare_eitherEmpty_isNull() {
        assertThat(Verdict.compare(Spread.NONE, Spread.of(1.0))).isNull();
        assertThat(Verdict.compare(Spread.of(1.0), Spread.NONE)).isNull();
    }
}
