package org.activerecord4j.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.activerecord4j.Model;
import org.activerecord4j.models.Gadget;
import org.junit.jupiter.api.Test;

/** The owner keys of an eager step: a group per distinct key, in first-met order, found by boxed or primitive key. */
class OwnerGroupsTest {

    @Property(tries = 200)
    void longKeys_anyKeys_answerLikeAnInsertionOrderedMap(
            @ForAll @Size(max = 300) List<@LongRange(min = -5000, max = 5000) Long> keys) {
        OwnerGroups groups = new OwnerGroups(keys.size(), true);
        Map<Long, OwnerGroup> expected = new LinkedHashMap<>();
        for (Long key : keys) {
            OwnerGroup group = groups.add(key);
            assertThat(expected.computeIfAbsent(key, k -> group)).isSameAs(group);
        }

        assertThat(groups.longKeys()).isTrue();
        assertThat(groups.inOrder()).containsExactlyElementsOf(expected.values());
        for (Map.Entry<Long, OwnerGroup> entry : expected.entrySet()) {
            assertThat(groups.get(entry.getKey().longValue())).isSameAs(entry.getValue());
            assertThat(groups.get((Object) entry.getKey())).isSameAs(entry.getValue());
            assertThat(entry.getValue().key).isEqualTo(entry.getKey());
        }
        assertThat(groups.get(5001L)).isNull();
        assertThat(groups.get((Object) null)).isNull();
    }

    @Property(tries = 200)
    void longKeys_lookedUpInAnyOrder_findTheirOwnGroup(
            @ForAll @Size(max = 200) List<@LongRange(min = -300, max = 300) Long> keys,
            @ForAll @Size(max = 400) List<@LongRange(min = -310, max = 310) Long> lookups) {
        // Lookups in runs and out of order exercise the last-group and next-in-order shortcuts as well as the table.
        OwnerGroups groups = new OwnerGroups(keys.size(), true);
        Map<Long, OwnerGroup> expected = new LinkedHashMap<>();
        for (Long key : keys) {
            expected.putIfAbsent(key, groups.add(key));
        }

        for (Long key : lookups) {
            assertThat(groups.get(key.longValue())).isSameAs(expected.get(key));
        }
        for (Long key : expected.keySet()) {
            assertThat(groups.get(key.longValue())).isSameAs(expected.get(key));
        }
    }

    @Test
    void longKeys_keysThatCollideInTheTable_eachKeepTheirGroup() {
        // Multiples of the table size land on nearby slots, so probing has to step past each other.
        OwnerGroups groups = new OwnerGroups(4, true);
        List<OwnerGroup> added = new ArrayList<>();
        for (long key = 0; key < 4; key++) {
            added.add(groups.add(key << 32));
        }

        for (int i = 0; i < 4; i++) {
            assertThat(groups.get((long) i << 32)).isSameAs(added.get(i));
        }
        assertThat(groups.get(5L << 32)).isNull();
    }

    @Test
    void group_isTheUnmodifiableListOfItsRecords() {
        OwnerGroup group = new OwnerGroup(1L);
        List<Model<?>> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Gadget gadget = new Gadget();
            group.append(gadget);
            expected.add(gadget);
        }

        assertThat(group).hasSize(25).containsExactlyElementsOf(expected).isEqualTo(expected);
        assertThat(group.hashCode()).isEqualTo(expected.hashCode());
        assertThatThrownBy(() -> group.add(new Gadget())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> group.set(0, new Gadget())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> group.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> group.get(25)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(new OwnerGroup(2L)).isEmpty();
    }

    @Test
    void otherKeys_areGroupedByEquals() {
        OwnerGroups groups = new OwnerGroups(3, false);
        OwnerGroup ann = groups.add("ann");
        OwnerGroup bob = groups.add("bob");

        assertThat(groups.add(new String("ann"))).isSameAs(ann);
        assertThat(groups.longKeys()).isFalse();
        assertThat(groups.get("bob")).isSameAs(bob);
        assertThat(groups.get("eve")).isNull();
        assertThat(groups.inOrder()).containsExactly(ann, bob);
    }
}
