package org.activerecord4j.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Writes types as source text that needs no imports: canonical names, type arguments kept, type
 * annotations dropped (they are the field's business, not the proxy's), and inspects the types
 * such text would name.
 */
final class TypeNames {

    private final Types types;

    TypeNames(Types types) {
        this.types = types;
    }

    /**
     * Returns {@code type} boxed when it is primitive, as generic type arguments need.
     *
     * @param type a field type
     * @return the type itself, or its wrapper class for a primitive
     */
    TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
    }

    /**
     * Writes {@code type} as source text.
     *
     * @param type a resolved type
     * @return e.g. {@code java.util.List<java.lang.String>}, {@code byte[]}, {@code pkg.User.Status}
     */
    String source(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        return switch (type.getKind()) {
            case ARRAY -> source(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> declaredSource((DeclaredType) type);
            case WILDCARD -> wildcardSource((WildcardType) type);
            // A type variable left after asMemberOf comes from a raw superclass: javac uses its erasure.
            case TYPEVAR -> source(types.erasure(type));
            default -> type.toString();
        };
    }

    /**
     * Tells whether {@code type} and every type in it exist.
     *
     * @param type a field type
     * @return false when it names a type that does not exist (yet)
     */
    static boolean isResolved(TypeMirror type) {
        return type.getKind() != TypeKind.ERROR && parts(type).stream().allMatch(TypeNames::isResolved);
    }

    /**
     * Finds a private type named in {@code type}, which code outside its top-level class cannot name.
     *
     * @param type a field type
     * @return the first type that is private or nested in a private type, if any
     */
    static Optional<TypeElement> findPrivateType(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            if (outermostPrivate(element).isPresent()) {
                return Optional.of(element);
            }
        }
        return parts(type).stream().map(TypeNames::findPrivateType).flatMap(Optional::stream).findFirst();
    }

    /**
     * Finds the outermost private class among {@code type} and the classes enclosing it: the one
     * to make visible for generated code in the package to name {@code type}.
     *
     * @param type a class
     * @return the outermost private one, if any
     */
    static Optional<TypeElement> outermostPrivate(TypeElement type) {
        Optional<TypeElement> found = Optional.empty();
        for (Element current = type; current instanceof TypeElement enclosing;
                current = current.getEnclosingElement()) {
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                found = Optional.of(enclosing);
            }
        }
        return found;
    }

    private String declaredSource(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        if (!type.getTypeArguments().isEmpty()) {
            return name + type.getTypeArguments().stream()
                    .map(this::source)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        // A raw field type would make the generated code raw too; wildcards say the same without a warning.
        int parameterCount = element.getTypeParameters().size();
        return parameterCount == 0
                ? name
                : name + "<" + String.join(", ", Collections.nCopies(parameterCount, "?")) + ">";
    }

    private String wildcardSource(WildcardType type) {
        if (type.getExtendsBound() != null) {
            return "? extends " + source(type.getExtendsBound());
        }
        return type.getSuperBound() != null ? "? super " + source(type.getSuperBound()) : "?";
    }

    private static List<TypeMirror> parts(TypeMirror type) {
        List<TypeMirror> parts = new ArrayList<>();
        switch (type.getKind()) {
            case ARRAY -> parts.add(((ArrayType) type).getComponentType());
            case DECLARED -> parts.addAll(((DeclaredType) type).getTypeArguments());
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    parts.add(wildcard.getExtendsBound());
                }
                if (wildcard.getSuperBound() != null) {
                    parts.add(wildcard.getSuperBound());
                }
            }
            default -> {
            }
        }
        return parts;
    }
}
