package org.activerecord4j.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Decides which relation accessors a generated base gets, leaving out those that would not compile
 * or would take the place of code that is already there:
 *
 * <ul>
 *   <li>a sync relation on an async base, or the reverse: its {@code of(record)} takes the other
 *       kind of record (core reports the mix when the model is first used);
 *   <li>a private relation field, or a target the base cannot name because it is private;
 *   <li>a relation named like a method of the base's core class, of {@code Model} or of
 *       {@code Object} ({@code save}, {@code delete}, {@code toString}), or like the base's own
 *       static entry points ({@code query}, {@code findOne}, {@code findOneOrThrow});
 *   <li>a getter the model writes itself (a method of the relation's name without parameters),
 *       and a setter the model writes itself (a method of that name with one parameter).
 * </ul>
 */
final class AccessorSelector {

    private static final Set<String> ENTRY_POINTS = Set.of("query", "findOne", "findOneOrThrow");
    private static final String OBJECT = "java.lang.Object";

    private final Elements elements;

    /**
     * Creates a selector.
     *
     * @param elements javac's element utilities, to look up the methods of core's classes
     */
    AccessorSelector(Elements elements) {
        this.elements = elements;
    }

    /**
     * Selects the accessors of a model's generated base.
     *
     * @param model the model
     * @param kind the kind of its base
     * @param relations its relations, all with resolved targets
     * @return the accessors to write, in the order of the relations
     */
    List<RelationAccessor> select(TypeElement model, BaseKind kind, List<RelationField> relations) {
        Set<String> takenNames = inheritedMethodNames(kind);
        List<RelationAccessor> accessors = new ArrayList<>();
        for (RelationField relation : relations) {
            boolean otherKind = relation.kind().base() != kind;
            if (otherKind || takenNames.contains(relation.name()) || !isReachable(relation)) {
                continue;
            }
            boolean getter = !declaresMethod(model, relation.name(), 0);
            boolean setter = relation.kind().hasSetter() && !declaresMethod(model, relation.name(), 1);
            if (getter || setter) {
                accessors.add(new RelationAccessor(relation, getter, setter));
            }
        }
        return accessors;
    }

    private Set<String> inheritedMethodNames(BaseKind kind) {
        Set<String> names = new HashSet<>(ENTRY_POINTS);
        // Core is on the class path of any compilation that can use the generated code; the lookups
        // still tolerate its absence, leaving Object's methods and the entry points.
        for (String className : List.of(kind.coreClass(), CoreNames.MODEL, OBJECT)) {
            TypeElement type = elements.getTypeElement(className);
            if (type != null) {
                for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
                    if (!method.getModifiers().contains(Modifier.PRIVATE)) {
                        names.add(method.getSimpleName().toString());
                    }
                }
            }
        }
        return names;
    }

    private static boolean isReachable(RelationField relation) {
        // The base reads the field as Model.name from the model's package.
        boolean privateField = relation.field().getModifiers().contains(Modifier.PRIVATE);
        return !privateField && TypeNames.findPrivateType(relation.target()).isEmpty();
    }

    private static boolean declaresMethod(TypeElement model, String name, int parameterCount) {
        return ElementFilter.methodsIn(model.getEnclosedElements()).stream()
                .anyMatch(method -> method.getSimpleName().contentEquals(name)
                        && method.getParameters().size() == parameterCount);
    }
}
