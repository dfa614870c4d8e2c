package org.activerecord4j.bench.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A figure measured over several forks: the median of the per-fork values and their range (min–max). Values
 * that are NaN (a failed fork, a fork without the figure) are left out. Immutable.
 *
 * @param median the median of the forks' values, NaN when there is none
 * @param min the smallest value, NaN when there is none
 * @param max the largest value, NaN when there is none
 * @param forks how many values it was computed from
 */
public record Spread(double median, double min, double max, int forks) {

    /** No value. */
    public static final Spread NONE = new Spread(Double.NaN, Double.NaN, Double.NaN, 0);

    /**
     * Returns the median and range of {@code values}, NaN ones left out.
     *
     * @param values one value per fork
     * @return the spread, {@link #NONE} when no value is a number
     */
    public static Spread of(double... values) {
        double[] numbers = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
        if (numbers.length == 0) {
            return NONE;
        }
        int middle = numbers.length / 2;
        double median = numbers.length % 2 == 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
        return new Spread(median, numbers[0], numbers[numbers.length - 1], numbers.length);
    }

    /**
     * Returns the spread of the paired ratios {@code numerators[i] / denominators[i]}: each pair is one round,
     * the two forks of which ran one after the other; a round missing either value is left out.
     *
     * @param numerators one value per round, e.g. activerecord4j's CPU per operation
     * @param denominators one value per round, e.g. JDBC's, as long as {@code numerators}
     * @return the median and range of the rounds' ratios
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static Spread ratios(double[] numerators, double[] denominators) {
        if (numerators.length != denominators.length) {
            throw new IllegalArgumentException("Paired ratios need as many numerators as denominators, got "
                    + numerators.length + " and " + denominators.length);
        }
        double[] ratios = new double[numerators.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = numerators[i] / denominators[i];
        }
        return of(ratios);
    }

    /**
     * Returns whether there is no value.
     *
     * @return true when no fork gave a number
     */
    public boolean isEmpty() {
        return forks == 0;
    }

    /**
     * Returns the width of the range.
     *
     * @return max − min, NaN when empty
     */
    public double width() {
        return max - min;
    }

    /**
     * Formats the figure as {@code median (min–max)}, or the median alone when the range is one value.
     *
     * @param number formats one value, e.g. {@code "%.2f"}
     * @return e.g. {@code 1.08 (1.05–1.12)}, or {@code –} when empty
     */
    public String format(DoubleFunction<String> number) {
        if (isEmpty()) {
            return "–";
        }
        String median = number.apply(this.median);
        String low = number.apply(min);
        String high = number.apply(max);
        return low.equals(high) ? median : median + " (" + low + "–" + high + ")";
    }

    /**
     * Formats a ratio with two decimals, e.g. {@code 1.08 (1.05–1.12)}.
     *
     * @return the text, {@code –} when empty
     */
    public String formatRatio() {
        return format(value -> String.format(Locale.ROOT, "%.2f", value));
    }
}
