package org.activerecord4j.internal.types;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes a decimal of a column's precision and scale as text whose order is the numbers' order, and reads
 * it back exactly. Every value of the column has the same width: the integer part zero-padded to
 * {@code precision - scale} digits, then the point and exactly {@code scale} digits ({@code 19.9} in a
 * {@code (6,2)} column is {@code 0019.90}). A negative value is a minus sign followed by the nines'
 * complement of its digits ({@code -19.9} is {@code -9980.09}), so that a larger magnitude sorts first and
 * every negative value sorts before zero. Immutable and thread-safe.
 */
final class SortableDecimal {

    private final int integerDigits;
    private final int scale;

    /**
     * Creates the codec of a {@code (precision, scale)} column.
     *
     * @param precision total digits
     * @param scale digits after the point
     */
    SortableDecimal(int precision, int scale) {
        this.integerDigits = Math.max(1, precision - scale);
        this.scale = scale;
    }

    /**
     * Returns the text of {@code value}, which must fit the column (checked before binding).
     *
     * @param value the value
     * @return the fixed-width text
     * @throws ArithmeticException when it does not fit
     */
    String encode(BigDecimal value) {
        BigInteger unscaled = value.setScale(scale).unscaledValue();
        String digits = unscaled.abs().toString();
        int width = integerDigits + scale;
        if (digits.length() > width) {
            throw new ArithmeticException(value + " has more than " + integerDigits + " digits before the point");
        }
        StringBuilder text = new StringBuilder(width + 2);
        if (unscaled.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < width; i++) {
            if (i == integerDigits) {
                text.append('.');
            }
            int at = i - (width - digits.length());
            char digit = at < 0 ? '0' : digits.charAt(at);
            text.append(unscaled.signum() < 0 ? (char) ('9' - digit + '0') : digit);
        }
        return text.toString();
    }

    /**
     * Reads text written by {@link #encode}.
     *
     * @param text the stored text
     * @return the value, at the column's scale
     */
    BigDecimal decode(String text) {
        if (!text.startsWith("-")) {
            return new BigDecimal(text).setScale(scale);
        }
        StringBuilder magnitude = new StringBuilder(text.length() - 1);
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            magnitude.append(c == '.' ? c : (char) ('9' - c + '0'));
        }
        return new BigDecimal(magnitude.toString()).negate().setScale(scale);
    }
}
