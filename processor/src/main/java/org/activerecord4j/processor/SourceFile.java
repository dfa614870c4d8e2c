package org.activerecord4j.processor;

/**
 * A Java source file to generate.
 *
 * @param typeName the qualified name of the type it declares
 * @param text the complete source text
 */
record SourceFile(String typeName, String text) {
}
