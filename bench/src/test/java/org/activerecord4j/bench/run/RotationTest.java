package org.activerecord4j.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order of the implementations' forks in each round. */
class RotationTest {

    private static final List<String> FIVE = List.of("jdbc", "activerecord4j", "jdbi", "jooq", "hibernate");

    @Test
    void order_rotatesLeftByTheShift() {
        assertThat(Rotation.order(List.of("a", "b", "c"), 0)).containsExactly("a", "b", "c");
        assertThat(Rotation.order(List.of("a", "b", "c"), 1)).containsExactly("b", "c", "a");
        assertThat(Rotation.order(List.of("a", "b", "c"), 5)).containsExactly("c", "a", "b");
    }

    @Test
    void order_threeRoundsOfFive_noImplementationAlwaysFirstOrLast() {
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            List<String> order = Rotation.order(FIVE, round);
            assertThat(order).containsExactlyInAnyOrderElementsOf(FIVE);
            first.add(order.get(0));
            last.add(order.get(order.size() - 1));
        }

        assertThat(first).hasSize(3);
        assertThat(last).hasSize(3);
    }

    @Test
    void order_asManyRoundsAsImplementations_eachRunsInEveryPlaceOnce() {
        for (int place = 0; place < FIVE.size(); place++) {
            Set<String> atPlace = new HashSet<>();
            for (int round = 0; round < FIVE.size(); round++) {
                atPlace.add(Rotation.order(FIVE, round).get(place));
            }
            assertThat(atPlace).containsExactlyInAnyOrderElementsOf(FIVE);
        }
    }

    @Test
    void order_negativeShift_isRefused() {
        assertThat(catchThrowable(() -> Rotation.order(FIVE, -1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rotation shift must not be negative: -1");
    }
}
