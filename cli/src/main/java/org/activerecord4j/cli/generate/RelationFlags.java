package org.activerecord4j.cli.generate;

import java.util.List;

/**
 * The flags of {@code ar4j generate relation} as given; null where a flag was left out. Immutable.
 *
 * @param source {@code --source}
 * @param type {@code --type}
 * @param target {@code --target}
 * @param foreignKey {@code --foreign-key}
 * @param through {@code --through}
 * @param targetForeignKey {@code --target-foreign-key}
 * @param inverse {@code --inverse} ({@code none} for no inverse)
 * @param async {@code --async}
 * @param name {@code --name}
 * @param inverseType {@code --inverse-type}
 * @param joinColumns {@code --join-column}, empty when none
 */
public record RelationFlags(String source, String type, String target, String foreignKey, String through,
        String targetForeignKey, String inverse, Boolean async, String name, String inverseType, List<String> joinColumns) {
}
