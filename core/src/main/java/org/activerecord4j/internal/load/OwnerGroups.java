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
    /** The table's keys; a slot is taken when its {@link #positions} entry is not 0. */
    private final long[] longKeys;
    /** Per slot, 1 + the position in {@link #ordered} of the slot key's group; 0 for an empty slot. */
    private final int[] positions;
    /** The {@code Long} keys by position in {@link #ordered}, for the look at the next group in order. */
    private final long[] orderedKeys;
    private final Map<Object, OwnerGroup> others;
    /**
     * The group {@link #get(long)} found last, its key and its position: rows mostly come in runs of one owner's
     * children, and the runs mostly in the owners' order.
     */
    private OwnerGroup lastGroup;
    private long lastKey;
    private int lastPosition;

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
            this.positions = new int[capacity];
            this.orderedKeys = new long[owners];
            this.others = null;
        } else {
            this.longKeys = null;
            this.positions = null;
            this.orderedKeys = null;
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
        while (positions[slot] != 0) {
            if (longKeys[slot] == value) {
                return ordered.get(positions[slot] - 1);
            }
            slot = (slot + 1) & (longKeys.length - 1);
        }
        longKeys[slot] = value;
        orderedKeys[ordered.size()] = value;
        positions[slot] = ordered.size() + 1;
        return created(key);
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
        // Rows mostly come in runs of one owner's children, the runs in the owners' order: the last group or the
        // next one in order answers without a probe into a table whose slots are scattered on purpose (and that
        // outgrows the processor's caches in large loads).
        if (lastGroup != null) {
            if (key == lastKey) {
                return lastGroup;
            }
            int next = lastPosition + 1;
            if (next < ordered.size() && orderedKeys[next] == key) {
                return remember(key, next);
            }
        }
        int slot = slot(key);
        int position;
        while ((position = positions[slot]) != 0) {
            if (longKeys[slot] == key) {
                return remember(key, position - 1);
            }
            slot = (slot + 1) & (longKeys.length - 1);
        }
        return null;
    }

    private OwnerGroup remember(long key, int position) {
        lastKey = key;
        lastPosition = position;
        return lastGroup = ordered.get(position);
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
