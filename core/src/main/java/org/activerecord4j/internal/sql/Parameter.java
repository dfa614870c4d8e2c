package org.activerecord4j.internal.sql;

import org.activerecord4j.internal.types.TypeHandler;

/**
 * A value to bind and the handler that binds it.
 *
 * @param value the value, possibly null
 * @param handler binds it
 */
public record Parameter(Object value, TypeHandler<?> handler) {
}
