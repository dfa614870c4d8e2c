package org.activerecord4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.AsyncActiveRecord;

/**
 * The layout of core, as rules that fail the build when broken: internals never call back up into the
 * public API, the internal packages form no cycle, and no public signature of the API mentions an
 * internal type.
 */
@AnalyzeClasses(packages = "org.activerecord4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String INTERNAL = "org.activerecord4j.internal..";

    /** Internals are handed specs and records; they never hold a query or a database, nor count statements. */
    @ArchTest
    static final ArchRule internalsDoNotUseTheFacades = noClasses().that().resideInAPackage(INTERNAL)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.activerecord4j.Query")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.activerecord4j.AsyncQuery")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.activerecord4j.AbstractQuery")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.activerecord4j.Database")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.activerecord4j.StatementCounter")
            .because("the public classes hand specs to the runtime, never the other way round");

    /**
     * Internals never call the methods of the front doors: not {@code ActiveRecord.query(...)}, {@code findOne}
     * or {@code transaction}, nor a record's {@code save()} or {@code delete()}, sync or async.
     */
    @ArchTest
    static final ArchRule internalsDoNotCallTheFrontDoors = noClasses().that().resideInAPackage(INTERNAL)
            .should().callMethodWhere(publicMethodOf(ActiveRecord.class, AsyncActiveRecord.class))
            .because("the front doors call the runtime, never the other way round: a record is saved through "
                    + "the runtime, whichever door it came in by");

    /** The internal packages form a line, with no package depending back on one that depends on it. */
    @ArchTest
    static final ArchRule internalPackagesHaveNoCycles = slices().matching("org.activerecord4j.internal.(*)..")
            .should().beFreeOfCycles();

    /** No public or protected method or constructor of a public API class takes or returns an internal type. */
    @ArchTest
    static final ArchRule apiSignaturesHideTheInternals = codeUnits().that(visibleInTheApi()).should(mentionNoInternalType());

    /** No public or protected field of a public API class is of an internal type. */
    @ArchTest
    static final ArchRule apiFieldsHideTheInternals = fields().that(visibleInTheApi()).should(mentionNoInternalType());

    /** Public and protected members of the public classes of the API packages. */
    private static DescribedPredicate<JavaMember> visibleInTheApi() {
        return DescribedPredicate.describe("public or protected members of public API classes", member -> {
            JavaClass owner = member.getOwner();
            boolean apiClass = owner.getModifiers().contains(JavaModifier.PUBLIC)
                    && owner.getPackageName().startsWith("org.activerecord4j")
                    && !owner.getPackageName().startsWith("org.activerecord4j.internal");
            return apiClass && (member.getModifiers().contains(JavaModifier.PUBLIC)
                    || member.getModifiers().contains(JavaModifier.PROTECTED));
        });
    }

    private static DescribedPredicate<JavaMethodCall> publicMethodOf(Class<?>... owners) {
        return DescribedPredicate.describe("a public method declared by ActiveRecord or AsyncActiveRecord", call ->
                Arrays.stream(owners).anyMatch(owner -> call.getTarget().resolveMember()
                        .map(method -> method.getOwner().isEquivalentTo(owner)
                                && method.getModifiers().contains(JavaModifier.PUBLIC)).orElse(false)));
    }

    private static <M extends JavaMember> ArchCondition<M> mentionNoInternalType() {
        return new ArchCondition<>("mention no type of org.activerecord4j.internal") {
            @Override
            public void check(M member, ConditionEvents events) {
                Set<String> internal = involvedTypes(member).stream().map(JavaClass::getName)
                        .filter(name -> name.startsWith("org.activerecord4j.internal.")).collect(Collectors.toSet());
                if (!internal.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(member, member.getFullName() + " mentions " + internal));
                }
            }
        };
    }

    private static Set<JavaClass> involvedTypes(JavaMember member) {
        if (member instanceof JavaCodeUnit codeUnit) {
            return codeUnit.getAllInvolvedRawTypes();
        }
        return ((JavaField) member).getAllInvolvedRawTypes();
    }
}
