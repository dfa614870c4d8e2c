package org.activerecord4j.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/** The median and range of per-fork figures, and of ratios paired by round. */
class SpreadTest {

    @Test
    void of_oddCount_isTheMiddleValueWithMinAndMax() {
        Spread spread = Spread.of(1.12, 1.05, 1.08);

        assertThat(spread).isEqualTo(new Spread(1.08, 1.05, 1.12, 3));
        assertThat(spread.formatRatio()).isEqualTo("1.08 (1.05–1.12)");
    }

    @Test
    void of_evenCount_isTheMeanOfTheTwoMiddleValues() {
        assertThat(Spread.of(4, 1, 3, 2).median()).isEqualTo(2.5);
    }

    @Test
    void of_leavesOutFailedForks() {
        Spread spread = Spread.of(2.0, Double.NaN, 4.0);

        assertThat(spread).isEqualTo(new Spread(3.0, 2.0, 4.0, 2));
    }

    @Test
    void of_noNumber_isEmptyAndFormatsAsDash() {
        Spread spread = Spread.of(Double.NaN, Double.NaN);

        assertThat(spread.isEmpty()).isTrue();
        assertThat(spread.formatRatio()).isEqualTo("–");
    }

    @Test
    void format_oneValue_hasNoRange() {
        assertThat(Spread.of(1.5).formatRatio()).isEqualTo("1.50");
        assertThat(Spread.of(1.501, 1.499).formatRatio()).isEqualTo("1.50");
    }

    @Test
    void ratios_pairTheForksOfEachRound() {
        // Round 2 ran on a slow spell: both forks are slower, the paired ratio is not.
        double[] ours = {11, 22, 10.5};
        double[] jdbc = {10, 20, 10};

        Spread ratio = Spread.ratios(ours, jdbc);

        assertThat(ratio.median()).isCloseTo(1.1, offset(1e-12));
        assertThat(ratio.min()).isCloseTo(1.05, offset(1e-12));
        assertThat(ratio.max()).isCloseTo(1.1, offset(1e-12));
    }

    @Test
    void ratios_leaveOutRoundsMissingEitherFork() {
        Spread ratio = Spread.ratios(new double[] {2, Double.NaN, 3}, new double[] {1, 1, Double.NaN});

        assertThat(ratio).isEqualTo(new Spread(2, 2, 2, 1));
    }

    @Test
    void ratios_differentLengths_areRefused() {
        Throwable thrown = catchThrowable(() -> Spread.ratios(new double[2], new double[3]));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Paired ratios need as many numerators as denominators, got 2 and 3");
    }
}
