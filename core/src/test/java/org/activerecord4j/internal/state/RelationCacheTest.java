package org.activerecord4j.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The relation cache of one record: the first two pairs kept in fields, further pairs in an array. */
class RelationCacheTest {

    private static final List<String> NAMES = List.of("posts", "author", "comments", "profile", "tags");

    /** One step on the cache: cache a value, forget one relation, or forget all. */
    record Step(String operation, String name, int value) {
    }

    @Property(tries = 300)
    void cache_anySequenceOfSteps_answersLikeAMap(@ForAll("steps") List<Step> steps) {
        RelationCache state = new RelationCache();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (Step step : steps) {
            switch (step.operation()) {
                case "cache" -> {
                    Object value = step.value() == 0 ? null : step.value();
                    state.cache(new String(step.name()), value, null);
                    expected.put(step.name(), value);
                }
                case "clear" -> {
                    state.clearRelation(step.name());
                    expected.remove(step.name());
                }
                default -> {
                    state.clearRelations();
                    expected.clear();
                }
            }
            assertAnswers(state, expected, "after " + step);
        }
        RelationCache copy = state.copy();
        state.clearRelations();
        state.cache("posts", -1, null);
        state.restore(copy);
        assertAnswers(state, expected, "after a copy was restored");
    }

    private static void assertAnswers(RelationCache state, Map<String, Object> expected, String when) {
        for (String name : NAMES) {
            Object cached = state.cached(name);
            if (expected.containsKey(name)) {
                assertThat(cached).as("%s %s", name, when).isEqualTo(expected.get(name));
            } else {
                assertThat(cached).as("%s %s", name, when).isSameAs(RelationCache.MISSING);
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> operations = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, "cache"), net.jqwik.api.Tuple.of(3, "clear"), net.jqwik.api.Tuple.of(1, "clearAll"));
        return Combinators.combine(operations, Arbitraries.of(NAMES), Arbitraries.integers().between(0, 9))
                .as(Step::new).list().ofMaxSize(30);
    }

    @Test
    void cached_expiredFirstRelation_isMissingAndTheOthersStay() throws InterruptedException {
        RelationCache state = new RelationCache();
        state.cache("posts", "p", Duration.ofNanos(1));
        state.cache("author", "a", null);
        state.cache("comments", "c", null);
        Thread.sleep(1);

        assertThat(state.cached("posts")).isSameAs(RelationCache.MISSING);
        assertThat(state.cached("author")).isEqualTo("a");
        assertThat(state.cached("comments")).isEqualTo("c");
        state.cache("posts", "p2", null);
        assertThat(state.cached("posts")).isEqualTo("p2");
    }

    @Test
    void cache_zeroTimeToLive_cachesNothing() {
        RelationCache state = new RelationCache();
        state.cache("posts", "p", Duration.ZERO);

        assertThat(state.hasCached("posts")).isFalse();
    }
}
