package org.activerecord4j.bench.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which the implementations' forks run in one round: the run's order rotated by the round, so
 * that over the rounds each implementation runs in a different place and none always runs first or last
 * (a machine's slow spell, or a server's warm cache, then falls on all alike).
 */
final class Rotation {

    private Rotation() {
    }

    /**
     * Returns {@code items} rotated left by {@code shift}: shift 1 of [a, b, c] is [b, c, a].
     *
     * @param items the run's order
     * @param shift the round (any non-negative number; taken modulo the size)
     * @param <T> the item type
     * @return a new list with the same items
     */
    static <T> List<T> order(List<T> items, int shift) {
        if (shift < 0) {
            throw new IllegalArgumentException("Rotation shift must not be negative: " + shift);
        }
        List<T> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(items.get((i + shift) % items.size()));
        }
        return order;
    }
}
