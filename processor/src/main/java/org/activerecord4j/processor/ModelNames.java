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
 * names joined with '_') and the base class is {@code pkg.UserRecord} (the name the model wrote).
 *
 * @param packageName the model's package, empty for the unnamed package
 * @param modelName the model's canonical name, used in generated code, e.g. {@code pkg.Outer.User}
 * @param modelLinkName the model's name inside its package, used in Javadoc, e.g. {@code Outer.User}
 * @param fieldsSimpleName the simple name of the generated fields class
 * @param baseSimpleName the simple name of the generated base class
 */
record ModelNames(
        String packageName,
        String modelName,
        String modelLinkName,
        String fieldsSimpleName,
        String baseSimpleName) {

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
                String.join("_", enclosingNames) + "Fields",
                baseSimpleName(model));
    }

    /**
     * Returns the simple name of the base a model extends before it is generated.
     *
     * @param model a model class
     * @return e.g. {@code UserRecord} for {@code User}
     */
    static String baseSimpleName(TypeElement model) {
        return model.getSimpleName() + "Record";
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
     * Returns the qualified name of the generated base class.
     *
     * @return e.g. {@code pkg.UserRecord}
     */
    String baseName() {
        return qualify(baseSimpleName);
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

    private String qualify(String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
