package org.activerecord4j.bench.run;

import java.util.function.ToDoubleFunction;

/** A figure each fork reports. */
public enum Metric {

    /** The median wall time per operation, ms. */
    WALL("wall time", Measurement.Fork::medianMillis),
    /** The client process's CPU time per operation, all threads, ms. */
    CPU("client CPU", Measurement.Fork::cpuMillis),
    /** Bytes allocated per operation, all threads. */
    ALLOCATION("allocation", Measurement.Fork::allocatedBytes),
    /** The peak heap, MB (S7 only). */
    PEAK_HEAP("peak heap", Measurement.Fork::peakHeapMegabytes);

    private final String label;
    private final ToDoubleFunction<Measurement.Fork> value;

    Metric(String label, ToDoubleFunction<Measurement.Fork> value) {
        this.label = label;
        this.value = value;
    }

    /**
     * Returns the name used in messages.
     *
     * @return e.g. {@code client CPU}
     */
    public String label() {
        return label;
    }

    /**
     * Returns this figure of one fork.
     *
     * @param fork the fork
     * @return the value, NaN when the fork failed or lacks it
     */
    public double of(Measurement.Fork fork) {
        return value.applyAsDouble(fork);
    }
}
