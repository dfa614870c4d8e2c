/** The benchmark data: sizes, deterministic generation, and the scenarios' inputs. */
package org.activerecord4j.bench.data;
