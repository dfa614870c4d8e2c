package org.activerecord4j.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Rejects models for which the generated code could not compile, with an error on the element to
 * fix, so that users read why instead of a compile error inside a generated file.
 */
final class ModelValidator {

    /** The name of the field proxy a generated base declares, as in {@code User.c.name}. */
    private static final String FIELD_PROXY = "c";

    private final Messager messager;

    ModelValidator(Messager messager) {
        this.messager = messager;
    }

    /**
     * Checks that generated code can name {@code model}: it is not private, nor nested in a private
     * class, and not generic.
     *
     * @param model a model class
     * @param names its names
     * @return true when it is fine; otherwise errors were reported
     */
    boolean checkModel(TypeElement model, ModelNames names) {
        boolean valid = true;
        Optional<TypeElement> privateType = TypeNames.outermostPrivate(model);
        if (privateType.isPresent()) {
            error(model, "Model " + names.modelName() + " cannot be used by the generated "
                    + names.fieldsName()
                    + " because " + privateType.get().getQualifiedName()
                    + " is private; make it package-private or public");
            valid = false;
        }
        if (!model.getTypeParameters().isEmpty()) {
            String parameters = model.getTypeParameters().stream()
                    .map(TypeParameterElement::getSimpleName)
                    .collect(Collectors.joining(", ", "<", ">"));
            error(model, "Model " + names.modelName() + " declares type parameters " + parameters
                    + ", but a model cannot be generic: generated code refers to it as a plain type;"
                    + " remove the type parameters");
            valid = false;
        }
        return valid;
    }

    /**
     * Checks that core can create records of {@code model}, which it does with the model's
     * constructor without parameters: the model is not an inner class, whose instances need an
     * enclosing instance, and it has such a constructor. The generated code compiles either way, so
     * the caller may still generate it, leaving this error the only one.
     *
     * @param model a model class
     * @param names its names
     * @return true when it is fine; otherwise errors were reported
     */
    boolean checkInstantiable(TypeElement model, ModelNames names) {
        if (model.getNestingKind() == NestingKind.MEMBER && !model.getModifiers().contains(Modifier.STATIC)) {
            error(model, "Model " + names.modelName() + " is an inner class: activerecord4j creates its"
                    + " records with a no-argument constructor, and an inner class has none, as each instance"
                    + " needs an enclosing " + ((TypeElement) model.getEnclosingElement()).getQualifiedName()
                    + "; declare it static");
            return false;
        }
        boolean noArgumentConstructor = ElementFilter.constructorsIn(model.getEnclosedElements()).stream()
                .anyMatch(constructor -> constructor.getParameters().isEmpty());
        if (!noArgumentConstructor) {
            error(model, "Model " + names.modelName() + " has no constructor without parameters, which"
                    + " activerecord4j needs to create a record per row it loads; add one (it may be private)");
            return false;
        }
        return true;
    }

    /**
     * Checks that no field of a model with a generated base hides the base's field proxy {@code c}:
     * {@code User.c} would then name the model's field, and typed queries through it would not
     * compile. A static field of the model's fields class, a proxy of the model's own, is fine. The
     * generated code compiles either way, so the caller may still generate it.
     *
     * @param model a model with a generated base
     * @param names its names
     * @param kind the kind of its base
     * @param relations its relations
     * @return true when it is fine; otherwise an error was reported on the field
     */
    boolean checkFieldProxyName(TypeElement model, ModelNames names, BaseKind kind, List<RelationField> relations) {
        for (VariableElement field : ElementFilter.fieldsIn(model.getEnclosedElements())) {
            if (!field.getSimpleName().contentEquals(FIELD_PROXY) || isFieldsClass(field, names)) {
                continue;
            }
            boolean relation = relations.stream().anyMatch(candidate -> candidate.field().equals(field));
            Set<Modifier> modifiers = field.getModifiers();
            boolean column = !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT);
            String what = relation ? "Relation" : column ? "Column" : "Field";
            String fix = relation ? "rename the relation"
                    : column ? "rename the field, keeping its column name with @Column(\"" + FIELD_PROXY + "\")"
                    : "rename the field";
            error(field, what + " '" + FIELD_PROXY + "' of model " + names.modelName() + " hides the field proxy "
                    + FIELD_PROXY + " of the generated " + names.baseName(kind) + ": " + names.modelLinkName()
                    + "." + FIELD_PROXY + " would name the " + what.toLowerCase(Locale.ROOT)
                    + ", not the proxy, and typed queries through it would not compile; " + fix);
            return false;
        }
        return true;
    }

    private static boolean isFieldsClass(VariableElement field, ModelNames names) {
        TypeMirror type = field.asType();
        if (!field.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        if (type.getKind() == TypeKind.ERROR) {
            // The fields class is not generated yet: its name is all there is, as the user wrote it.
            String written = type.toString();
            return written.equals(names.fieldsSimpleName()) || written.equals(names.fieldsName());
        }
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
                        .contentEquals(names.fieldsName());
    }

    /**
     * Checks that each column gets a distinct, nameable property.
     *
     * @param names the model's names
     * @param columns its columns, in mapping order
     * @return true when they are fine; otherwise errors were reported
     */
    boolean checkColumns(ModelNames names, List<Column> columns) {
        boolean valid = true;
        Map<String, Column> byName = new HashMap<>();
        for (Column column : columns) {
            Column earlier = byName.putIfAbsent(column.name(), column);
            if (earlier != null) {
                error(column.field(), "Column '" + column.name() + "' of model " + names.modelName()
                        + " is declared in both " + earlier.declaringClass().getQualifiedName()
                        + " and " + column.declaringClass().getQualifiedName() + ", but the generated "
                        + names.fieldsName() + " has one property per field name; rename one of the fields");
                valid = false;
            }
            Optional<TypeElement> privateType = TypeNames.findPrivateType(column.type());
            if (privateType.isPresent()) {
                error(column.field(), "Column '" + column.name() + "' of model " + names.modelName()
                        + " has type " + privateType.get().getQualifiedName()
                        + ", which the generated " + names.fieldsName()
                        + " cannot name because it is private; make it package-private or public");
                valid = false;
            }
        }
        return valid;
    }

    /**
     * Reports the columns whose type still does not exist when javac has no round left in which a
     * processor could generate it.
     *
     * @param names the model's names
     * @param columns its columns
     */
    void reportUnresolvedColumns(ModelNames names, List<Column> columns) {
        for (Column column : columns) {
            if (!TypeNames.isResolved(column.type())) {
                error(column.field(), "Cannot generate " + names.fieldsName() + ": the type " + column.type()
                        + " of column '" + column.name() + "' of model " + names.modelName()
                        + " does not exist; correct the type or import it");
            }
        }
    }

    /**
     * Reports the relations whose target still does not exist when javac has no round left in which
     * a processor could generate it: the base, whose accessors name the target, was not generated.
     *
     * @param names the model's names
     * @param kind the kind of the model's base
     * @param relations its relations
     */
    void reportUnresolvedRelations(ModelNames names, BaseKind kind, List<RelationField> relations) {
        for (RelationField relation : relations) {
            if (!TypeNames.isResolved(relation.target())) {
                error(relation.field(), "Cannot generate " + names.baseName(kind) + ": the target "
                        + relation.target() + " of relation '" + relation.name() + "' of model "
                        + names.modelName() + " does not exist; correct the type or import it");
            }
        }
    }

    private void error(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
