/** The JMH benchmarks, their state and the peak-heap profiler; the runner sets every option. */
package org.activerecord4j.bench.jmh;
