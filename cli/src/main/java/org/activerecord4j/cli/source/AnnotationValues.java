package org.activerecord4j.cli.source;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the literal members of {@code @Table}, {@code @Column} and {@code @Id} from source. A member that
 * is not a literal (a constant, an expression) cannot be read without compiling, and is reported.
 */
final class AnnotationValues {

    private final Path file;
    private final Map<String, Expression> members;

    private AnnotationValues(Path file, Map<String, Expression> members) {
        this.file = file;
        this.members = members;
    }

    /** The annotation named {@code simpleName} (or {@code org.activerecord4j.simpleName}) on {@code node}, if present. */
    static Optional<AnnotationValues> of(Path file, BodyDeclaration<?> node, String simpleName) {
        return node.getAnnotations().stream()
                .filter(annotation -> annotation.getNameAsString().equals(simpleName)
                        || annotation.getNameAsString().equals("org.activerecord4j." + simpleName))
                .findFirst().map(annotation -> new AnnotationValues(file, members(annotation)));
    }

    static ColumnAttributes column(Path file, BodyDeclaration<?> field) {
        ColumnAttributes defaults = ColumnAttributes.DEFAULTS;
        return of(file, field, "Column").map(column -> new ColumnAttributes(
                column.string("value", defaults.name()),
                column.integer("length", defaults.length()),
                column.integer("precision", defaults.precision()),
                column.integer("scale", defaults.scale()),
                column.bool("nullable", defaults.nullable()),
                column.bool("unique", defaults.unique()))).orElse(defaults);
    }

    String string(String member, String otherwise) {
        String value = literal(member, StringLiteralExpr.class, StringLiteralExpr::asString, otherwise);
        return value == null || value.isEmpty() ? otherwise : value;
    }

    int integer(String member, int otherwise) {
        return literal(member, IntegerLiteralExpr.class, literal -> literal.asNumber().intValue(), otherwise);
    }

    boolean bool(String member, boolean otherwise) {
        return literal(member, BooleanLiteralExpr.class, BooleanLiteralExpr::getValue, otherwise);
    }

    /** The member's value when it is a literal of {@code type}; {@code otherwise} when the member is not set. */
    private <L extends Expression, T> T literal(String member, Class<L> type, Function<L, T> value, T otherwise) {
        Expression expression = members.get(member);
        if (expression == null) {
            return otherwise;
        }
        if (type.isInstance(expression)) {
            return value.apply(type.cast(expression));
        }
        throw unreadable(member, expression);
    }

    private GeneratorException unreadable(String member, Expression value) {
        return new GeneratorException("Cannot read " + member + " = " + value + " in " + file + " at line "
                + value.getBegin().map(position -> position.line).orElse(0)
                + ": the generator reads sources without compiling them, so write the value as a literal");
    }

    private static Map<String, Expression> members(AnnotationExpr annotation) {
        Map<String, Expression> members = new HashMap<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            members.put("value", single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                members.put(pair.getNameAsString(), pair.getValue());
            }
        }
        return members;
    }
}
