/** The runner: data set-up, verification, JMH runs and their results. */
package org.activerecord4j.bench.run;
