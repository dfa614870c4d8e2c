package org.activerecord4j.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Writes the relation accessors of a generated base: methods that read and set a relation through
 * the model's relation field, so that {@code user.posts()} stands for {@code User.posts.of(user)}.
 */
final class AccessorWriter {

    private static final String GETTER = """

                /**
                 * Reads relation {@code %1$s}:
                 * %2$s.
                 * %3$s
                 *
                 * @return %4$s
                 */
                public %5$s %1$s() {
                    return %6$s.%1$s.of(this);
                }
            """;

    private static final String SETTER = """

                /**
                 * Assigns relation {@code %1$s}: sets this record's foreign key to the key of
                 * {@code value} (null for null) and caches {@code value}, so that the next read
                 * issues no query.
                 *
                 * @param value the new {@link %2$s}, or null
                 */
                public void %1$s(%3$s value) {
                    %4$s.%1$s.set(this, value);
                }
            """;

    private static final String SYNC_CACHE =
            "The first read queries; later reads come from this instance's cache.";

    private static final String ASYNC_CACHE =
            "The first read queries; later reads come from this instance's cache\n"
            + "     * and return futures that are already complete.";

    private final TypeNames typeNames;

    /**
     * Creates a writer.
     *
     * @param typeNames writes target types as source text
     */
    AccessorWriter(TypeNames typeNames) {
        this.typeNames = typeNames;
    }

    /**
     * Writes the accessor methods of a base, each preceded by an empty line.
     *
     * @param names the model's names
     * @param accessors the accessors to write
     * @return member declarations indented for the base's body; empty for no accessors
     */
    String write(ModelNames names, List<RelationAccessor> accessors) {
        StringBuilder text = new StringBuilder();
        for (RelationAccessor accessor : accessors) {
            RelationField relation = accessor.relation();
            String target = typeNames.source(relation.target());
            String targetLink = names.linkName((TypeElement) ((DeclaredType) relation.target()).asElement());
            if (accessor.getter()) {
                text.append(GETTER.formatted(
                        relation.name(),
                        relation.kind().description(targetLink),
                        relation.kind().base() == BaseKind.ASYNC ? ASYNC_CACHE : SYNC_CACHE,
                        returnDescription(relation.kind()),
                        relation.kind().readType(target),
                        names.modelName()));
            }
            if (accessor.setter()) {
                text.append(SETTER.formatted(relation.name(), targetLink, target, names.modelName()));
            }
        }
        return text.toString();
    }

    private static String returnDescription(RelationKind kind) {
        boolean async = kind.base() == BaseKind.ASYNC;
        if (kind.isMany()) {
            return async
                    ? "a future of the related records, empty when there are none"
                    : "the related records, empty when there are none";
        }
        return async
                ? "a future of the related record, or of null when there is none"
                : "the related record, or null when there is none";
    }
}
