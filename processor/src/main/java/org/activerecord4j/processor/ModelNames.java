package org.activerecord4j.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The names around one model: its package, how generated code refers to it, and the names of the
 * classes generated for it.
 *
 * <p>For {@code pkg.Outer.User} the fields class is {@code pkg.Outer_UserFields} (enclosing simple
 * names joined with '_'), the field access {@code pkg.Outer_UserFieldAccess}, and the base class is {@code pkg.UserRecord} or {@code pkg.UserAsyncRecord}
 * (the name the model wrote).
 *
 * @param packageName the model's package, empty for the unnamed package
 * @param modelName the model's canonical name, used in generated code, e.g. {@code pkg.Outer.User}
 * @param modelLinkName the model's name inside its package, used in Javadoc, e.g. {@code Outer.User}
 * @param simpleName the model's simple name, e.g. {@code User}
 * @param fieldsSimpleName the simple name of the generated fields class
 */
record ModelNames(
        String packageName,
        String modelName,
        String modelLinkName,
        String simpleName,
        String fieldsSimpleName) {

    /**
     * Computes the names for {@code model}.
     *
     * @param model a model class, top-level or nested
     * @param elements javac's element utilities
     * @return its names
     */
    static ModelNames of(TypeElement model, Elements elements) {
        List<String> enclosingNames = enclosingSimpleNames(model);
        return new ModelNames(
                elements.getPackageOf(model).getQualifiedName().toString(),
                model.getQualifiedName().toString(),
                String.join(".", enclosingNames),
                model.getSimpleName().toString(),
                String.join("_", enclosingNames) + "Fields");
    }

    /**
     * Returns the qualified name of the generated fields class.
     *
     * @return e.g. {@code pkg.Outer_UserFields}
     */
    String fieldsName() {
        return qualify(fieldsSimpleName);
    }

    /**
     * Returns the simple name of the generated field access.
     *
     * @return e.g. {@code Outer_UserFieldAccess}
     */
    String fieldAccessSimpleName() {
        return fieldsSimpleName.substring(0, fieldsSimpleName.length() - "Fields".length()) + "FieldAccess";
    }

    /**
     * Returns the qualified name of the generated field access.
     *
     * @return e.g. {@code pkg.Outer_UserFieldAccess}
     */
    String fieldAccessName() {
        return qualify(fieldAccessSimpleName());
    }

    /**
     * Returns the simple name of the generated base class of a kind.
     *
     * @param kind the kind of base
     * @return e.g. {@code UserRecord} or {@code UserAsyncRecord}
     */
    String baseSimpleName(BaseKind kind) {
        return kind.baseSimpleName(simpleName);
    }

    /**
     * Returns the qualified name of the generated base class of a kind.
     *
     * @param kind the kind of base
     * @return e.g. {@code pkg.UserRecord} or {@code pkg.UserAsyncRecord}
     */
    String baseName(BaseKind kind) {
        return qualify(baseSimpleName(kind));
    }

    /**
     * Returns how Javadoc in the model's package refers to {@code type}.
     *
     * @param type a type, e.g. a superclass that declares a column
     * @return its name relative to the model's package, or its canonical name when elsewhere
     */
    String linkName(TypeElement type) {
        Element outermost = type;
        while (outermost.getEnclosingElement() instanceof TypeElement) {
            outermost = outermost.getEnclosingElement();
        }
        boolean samePackage = ((PackageElement) outermost.getEnclosingElement()).getQualifiedName()
                .contentEquals(packageName);
        return samePackage
                ? String.join(".", enclosingSimpleNames(type))
                : type.getQualifiedName().toString();
    }

    /**
     * Returns the package declaration of generated files.
     *
     * @return {@code "package pkg;\n\n"}, or nothing for the unnamed package
     */
    String packageDeclaration() {
        return packageName.isEmpty() ? "" : "package " + packageName + ";\n\n";
    }

    private static List<String> enclosingSimpleNames(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        for (Element current = type; current instanceof TypeElement;
                current = current.getEnclosingElement()) {
            names.addFirst(current.getSimpleName().toString());
        }
        return List.copyOf(names);
    }

    private String qualify(String typeSimpleName) {
        return packageName.isEmpty() ? typeSimpleName : packageName + "." + typeSimpleName;
    }
}
