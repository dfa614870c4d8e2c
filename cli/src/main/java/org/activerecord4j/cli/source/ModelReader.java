package org.activerecord4j.cli.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.activerecord4j.schema.Conventions;

/**
 * Recognises a model class in a parsed source and reads it: a top-level class that extends its generated
 * base ({@code User extends UserRecord}, or {@code UserAsyncRecord} for async) or the core class directly
 * ({@code ActiveRecord<User>}, {@code AsyncActiveRecord<User>}); async when it extends an async base or
 * declares {@code Async…} relations.
 */
final class ModelReader {

    private ModelReader() {
    }

    /** The model {@code type} declares, or empty when it is not a model. */
    static Optional<SourceModel> read(Path file, String text, CompilationUnit unit, ClassOrInterfaceDeclaration type) {
        if (type.isInterface() || type.getExtendedTypes().isEmpty()) {
            return Optional.empty();
        }
        String base = type.getExtendedTypes(0).getName().getIdentifier();
        String name = type.getNameAsString();
        boolean generatedBase = base.equals(ModelBases.generated(name, false)) || base.equals(ModelBases.generated(name, true));
        boolean syncBase = base.equals(ModelBases.generated(name, false)) || base.equals("ActiveRecord");
        boolean asyncBase = base.equals(ModelBases.generated(name, true)) || base.equals("AsyncActiveRecord");
        if (!syncBase && !asyncBase) {
            return Optional.empty();
        }
        String table = AnnotationValues.of(file, type, "Table").map(values -> values.string("value", null))
                .orElse(Conventions.tableName(name));
        List<SourceField> fields = new ArrayList<>();
        List<RelationDeclaration> relations = new ArrayList<>();
        boolean asyncRelations = false;
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic()) {
                for (VariableDeclarator variable : field.getVariables()) {
                    Optional<RelationDeclaration> relation = relation(variable);
                    relation.ifPresent(relations::add);
                    asyncRelations |= relation.isPresent() && ModelBases.isAsyncRelation(variable.getTypeAsString());
                }
            } else if (!field.hasModifier(Modifier.Keyword.TRANSIENT)) {
                for (VariableDeclarator variable : field.getVariables()) {
                    fields.add(field(file, field, variable));
                }
            }
        }
        return Optional.of(new SourceModel(file, text, unit, type, table, fields, relations, methods(type, 0), methods(type, 1),
                new SourceModel.Base(type.getExtendedTypes(0).toString(), generatedBase, asyncBase || asyncRelations)));
    }

    /** The names of the methods that take {@code parameters} parameters. */
    private static Set<String> methods(ClassOrInterfaceDeclaration type, int parameters) {
        return type.getMethods().stream().filter(method -> method.getParameters().size() == parameters)
                .map(MethodDeclaration::getNameAsString).collect(Collectors.toSet());
    }

    private static SourceField field(Path file, FieldDeclaration field, VariableDeclarator variable) {
        Optional<AnnotationValues> id = AnnotationValues.of(file, field, "Id");
        return new SourceField(variable.getNameAsString(), variable.getTypeAsString(), AnnotationValues.column(file, field),
                id.isPresent(), id.map(values -> values.bool("generated", true)).orElse(true));
    }

    private static Optional<RelationDeclaration> relation(VariableDeclarator variable) {
        if (!(variable.getType() instanceof ClassOrInterfaceType type)) {
            return Optional.empty();
        }
        String typeName = type.getName().getIdentifier();
        Optional<RelationKind> kind = RelationKind.ofTypeName(ModelBases.withoutPrefix(typeName));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> options = new HashMap<>();
        variable.getInitializer().filter(Expression::isMethodCallExpr).map(Expression::asMethodCallExpr)
                .ifPresent(call -> call.getArguments().forEach(argument -> option(argument, options)));
        String target = options.getOrDefault("target",
                type.getTypeArguments().filter(arguments -> arguments.size() == 1)
                        .map(arguments -> simpleName(arguments.get(0).asString())).orElse("?"));
        String foreignKey = options.getOrDefault("foreignKey", options.get("sourceForeignKey"));
        return Optional.of(new RelationDeclaration(variable.getNameAsString(), kind.get(), target, foreignKey,
                options.get("targetForeignKey"), options.get("through"), options.get("inverseOf"),
                ModelBases.isAsyncRelation(typeName)));
    }

    /** Reads {@code foreignKey("user_id")}, {@code through(UserRole.class)}, {@code target("User")}, …; other options are left alone. */
    private static void option(Expression argument, Map<String, String> options) {
        if (!(argument instanceof MethodCallExpr call) || call.getArguments().size() != 1) {
            return;
        }
        Expression value = call.getArgument(0);
        String text;
        if (value instanceof StringLiteralExpr literal) {
            text = literal.asString();
        } else if (value instanceof ClassExpr classExpr) {
            text = simpleName(classExpr.getType().asString());
        } else {
            text = value.toString();
        }
        options.put(call.getNameAsString(), text);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
