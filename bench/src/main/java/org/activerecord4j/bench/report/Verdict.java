package org.activerecord4j.bench.report;

import java.util.Locale;
import org.activerecord4j.bench.run.Spread;

/** Whether a target holds, decided only where the measured spread allows it. */
public enum Verdict {

    /** The whole spread meets the target. */
    MET("yes"),
    /** The whole spread misses the target. */
    MISSED("**no**"),
    /** The spread straddles the target (or overlaps the peer's): the run cannot tell. */
    UNDECIDED("undecided"),
    /** Fewer than {@value #MIN_FORKS} forks: a figure without a spread, to look at, not to decide on. */
    INDICATIVE("indicative (fewer than 3 forks)"),
    /** Not measured in this run (or its reference is missing). */
    UNCHECKED("–");

    /** The fewest forks whose spread can decide a target. */
    public static final int MIN_FORKS = 3;

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /**
     * Returns how the results table shows the verdict.
     *
     * @return e.g. {@code yes}
     */
    public String label() {
        return label;
    }

    /**
     * Decides "at most {@code limit}" on a spread: met when its maximum is at most the limit, missed when its
     * minimum exceeds it, undecided when the limit lies inside the range; indicative only when fewer than
     * {@value #MIN_FORKS} forks measured it.
     *
     * @param ratio the measured ratio
     * @param limit the target, e.g. 1.10
     * @return the verdict, {@link #UNCHECKED} when the spread is empty
     */
    public static Verdict atMost(Spread ratio, double limit) {
        if (ratio.isEmpty()) {
            return UNCHECKED;
        }
        if (ratio.forks() < MIN_FORKS) {
            return INDICATIVE;
        }
        if (ratio.max() <= limit) {
            return MET;
        }
        return ratio.min() > limit ? MISSED : UNDECIDED;
    }

    /** How one figure compares with a peer's once the spreads are taken into account. */
    public enum Comparison {
        /** Below the peer's whole range. */
        BELOW,
        /** The ranges overlap: the difference is smaller than the spread. */
        WITHIN_SPREAD,
        /** Above the peer's whole range. */
        ABOVE;

        /**
         * Returns the phrase the results use.
         *
         * @return e.g. {@code within spread}
         */
        public String phrase() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Returns whether both spreads have enough forks to decide a comparison.
     *
     * @param ours activerecord4j's spread
     * @param peer the peer's spread
     * @return true when each has at least {@value #MIN_FORKS} forks
     */
    public static boolean decisive(Spread ours, Spread peer) {
        return ours.forks() >= MIN_FORKS && peer.forks() >= MIN_FORKS;
    }

    /**
     * Compares activerecord4j's figure with a peer's: below or above only when the ranges do not overlap.
     *
     * @param ours activerecord4j's spread
     * @param peer the peer's spread
     * @return the comparison, null when either is empty
     */
    public static Comparison compare(Spread ours, Spread peer) {
        if (ours.isEmpty() || peer.isEmpty()) {
            return null;
        }
        if (ours.max() < peer.min()) {
            return Comparison.BELOW;
        }
        return ours.min() > peer.max() ? Comparison.ABOVE : Comparison.WITHIN_SPREAD;
    }
}
