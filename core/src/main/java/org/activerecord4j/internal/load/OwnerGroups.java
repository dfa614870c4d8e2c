package org.activerecord4j.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner keys of one eager step, in the order first met, each with its {@link OwnerGroup}; sized for the
 * owners up front. {@code Long} keys (the usual ones) live in an open-addressing table of primitive longs, so
 * that a row's key is matched without boxing it or calling {@code equals}; other keys in a hash map. Not
 * thread-safe: one load uses it.
 */
final class OwnerGroups {

    private final List<OwnerGroup> ordered;
    private final long[] longKeys;
    private final OwnerGroup[] longGroups;
    private final Map<Object, OwnerGroup> others;
    /** The group {@link #get(long)} found last, and its key: rows mostly come in runs of one owner's children. */
    private OwnerGroup lastGroup;
    private long lastKey;

    /**
     * Creates the groups of at most {@code owners} keys.
     *
     * @param owners the number of owners, which bounds the number of keys
     * @param longKeys whether every key is a {@code Long}
     */
    OwnerGroups(int owners, boolean longKeys) {
        this.ordered = new ArrayList<>(owners);
        if (longKeys) {
            int capacity = Integer.highestOneBit(Math.max(2, owners) * 2 - 1) << 1; // a power of two, at most half full
            this.longKeys = new long[capacity];
            this.longGroups = new OwnerGroup[capacity];
            this.others = null;
        } else {
            this.longKeys = null;
            this.longGroups = null;
            this.others = new HashMap<>((int) (owners / 0.75f) + 1);
        }
    }

    /**
     * Returns whether keys are matched as primitive longs.
     *
     * @return true for {@code Long} keys
     */
    boolean longKeys() {
        return longKeys != null;
    }

    /**
     * Returns the group of {@code key}, adding it when new.
     *
     * @param key the owner key, not null
     * @return its group
     */
    OwnerGroup add(Object key) {
        if (longKeys == null) {
            return others.computeIfAbsent(key, this::created);
        }
        long value = (Long) key;
        int slot = slot(value);
        while (longGroups[slot] != null) {
            if (longKeys[slot] == value) {
                return longGroups[slot];
            }
            slot = (slot + 1) & (longKeys.length - 1);
        }
        longKeys[slot] = value;
        return longGroups[slot] = created(key);
    }

    /**
     * Returns the group of {@code key}.
     *
     * @param key a key read from a row
     * @return its group, or null when no owner has the key
     */
    OwnerGroup get(Object key) {
        if (key == null) {
            return null;
        }
        if (longKeys == null) {
            return others.get(key);
        }
        return key instanceof Long value ? get(value.longValue()) : null;
    }

    /**
     * Returns the group of a {@code Long} key.
     *
     * @param key the key, as a primitive
     * @return its group, or null when no owner has the key
     */
    OwnerGroup get(long key) {
        if (key == lastKey && lastGroup != null) {
            return lastGroup; // no probe into tables that outgrow the processor's caches in large loads
        }
        int slot = slot(key);
        OwnerGroup group;
        while ((group = longGroups[slot]) != null) {
            if (longKeys[slot] == key) {
                lastKey = key;
                lastGroup = group;
                return group;
            }
            slot = (slot + 1) & (longKeys.length - 1);
        }
        return null;
    }

    /**
     * Returns the groups in the order their keys were first added.
     *
     * @return the groups
     */
    List<OwnerGroup> inOrder() {
        return ordered;
    }

    private OwnerGroup created(Object key) {
        OwnerGroup group = new OwnerGroup(key);
        ordered.add(group);
        return group;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads consecutive keys
        return (int) (mixed >>> 32) & (longKeys.length - 1);
    }
}
