/** Models whose relations are declared wrongly, one mistake each, for the validation tests. */
package org.activerecord4j.invalid;
