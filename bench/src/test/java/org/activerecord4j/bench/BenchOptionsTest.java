package org.activerecord4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's spread check switch. */
class BenchOptionsTest {

    @Test
    void spreadCheck_onByDefault() {
        assertThat(BenchOptions.parse("--no-output").spreadCheck()).isTrue();
    }

    @Test
    void noSpreadCheck_turnsItOff() {
        assertThat(BenchOptions.parse("--no-spread-check", "--no-output").spreadCheck()).isFalse();
    }
}
