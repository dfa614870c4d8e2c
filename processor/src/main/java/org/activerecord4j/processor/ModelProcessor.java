package org.activerecord4j.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Generates, for every model class being compiled, its field proxy ({@code UserFields}, for typed
 * queries such as {@code User.query().where(User.c.name.eq("Ann"))}) and, when the model extends
 * its base before it exists, that base too:
 *
 * <pre>{@code
 * public class User extends UserRecord {   // UserRecord and UserFields are generated
 *     public static final HasMany<Post> posts = hasMany(inverseOf("author"));
 *
 *     public Long id;
 *     public String name;
 * }
 * }</pre>
 *
 * <p>{@code UserRecord} extends {@code ActiveRecord<User>}; a model written as {@code class User
 * extends UserAsyncRecord} gets {@code UserAsyncRecord}, which extends {@code
 * AsyncActiveRecord<User>} and whose {@code findOne} and {@code findOneOrThrow} return futures. Either
 * base may also be spelled with its package ({@code extends pkg.UserRecord}).
 *
 * <p>A generated base has an accessor for each relation the model declares as a static field of a
 * relation type with a class as type argument: {@code user.posts()} reads {@code User.posts.of(user)},
 * returning {@code List<Post>} ({@code CompletableFuture<List<Post>>} on an async base), and a
 * belongs-to relation also gets a setter, {@code comment.author(user)}. A getter is left out when the
 * model declares a method of the relation's name without parameters, a setter when it declares one
 * with one parameter: hand-written accessors win. No accessor is written for a relation named like a
 * method the base inherits ({@code save}, {@code delete}, {@code toString}) or like its entry points,
 * for a relation of the other kind (a sync relation on an async model, or the reverse, which core
 * reports at run time), or for one that the base cannot reach (a private field or target).
 *
 * <p>Every model also gets its field access ({@code UserFieldAccess}), which core uses to load rows
 * into records and read them without reflection; it is left out when generated code cannot reach a
 * column field (a private or final one, say), and core then uses method handles.
 *
 * <p>A model recompiled on its own, as IDEs and incremental builds do after an edit, finds the base
 * that an earlier compilation generated for it on its class path; that base is generated again
 * from the edited model, so the result is that of a clean build.
 *
 * <p>A concrete class that extends {@code ActiveRecord} or {@code AsyncActiveRecord} itself ({@code
 * class User extends ActiveRecord<User>}), directly or through superclasses of its own, gets the
 * field proxy only: it has no generated base, so no relation accessors either. The processor needs
 * no annotation on models and claims none, so other processors still see every annotation. Problems
 * are reported as compile errors on the offending element.
 *
 * <p>javac loads it through {@code META-INF/services/javax.annotation.processing.Processor}, or
 * through {@code -processor org.activerecord4j.processor.ModelProcessor}. An instance serves one
 * compilation and is not thread-safe; javac calls it from one thread.
 */
@SupportedAnnotationTypes("*")
public final class ModelProcessor extends AbstractProcessor {

    private final Set<String> finishedClasses = new LinkedHashSet<>();
    private final Set<String> undecidedClasses = new LinkedHashSet<>();
    private final Set<String> deferredModels = new LinkedHashSet<>();
    private final Set<String> sourceTypes = new HashSet<>();
    private final Set<String> earlierBases = new HashSet<>();
    private Elements elements;
    private ModelDetector detector;
    private ColumnCollector collector;
    private RelationCollector relationCollector;
    private AccessorSelector accessorSelector;
    private ModelValidator validator;
    private GeneratedFiles generatedFiles;
    private FieldsClassWriter fieldsWriter;
    private FieldAccessWriter fieldAccessWriter;
    private BaseClassWriter baseWriter;

    /** Creates the processor; javac does this once per compilation. */
    public ModelProcessor() {
    }

    /**
     * Prepares the processor for one compilation.
     *
     * @param environment javac's processing environment
     */
    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        elements = environment.getElementUtils();
        detector = new ModelDetector(elements, sourceTypes::contains);
        generatedFiles = new GeneratedFiles(environment.getFiler(), environment.getMessager());
        collector = new ColumnCollector(environment.getTypeUtils(),
                name -> generatedFiles.isGenerated(name) || earlierBases.contains(name));
        validator = new ModelValidator(environment.getMessager());
        relationCollector = new RelationCollector();
        accessorSelector = new AccessorSelector(elements);
        TypeNames typeNames = new TypeNames(environment.getTypeUtils());
        fieldsWriter = new FieldsClassWriter(typeNames);
        fieldAccessWriter = new FieldAccessWriter(environment.getTypeUtils(), typeNames);
        baseWriter = new BaseClassWriter(new AccessorWriter(typeNames));
    }

    /**
     * Supports the newest language version of the running compiler: the processor reads only
     * classes, fields and their types, which every version has.
     *
     * @return {@link SourceVersion#latestSupported()}
     */
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /**
     * Generates the classes of the models in this round's sources, and of models from earlier
     * rounds that were waiting for a type to be generated.
     *
     * @param annotations ignored: models need no annotation
     * @param round the round
     * @return false, so that annotations stay available to other processors
     */
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            reportDeferredModels();
            return false;
        }
        List<TypeElement> candidates = new ArrayList<>();
        takeAll(undecidedClasses, candidates);
        takeAll(deferredModels, candidates);
        List<TypeElement> roots = new ArrayList<>();
        for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
            addWithNestedTypes(root, roots);
        }
        // The sources given to javac and those generated are roots of some round; a type read from a
        // class file (or from the source path) never is.
        roots.forEach(root -> sourceTypes.add(root.getQualifiedName().toString()));
        candidates.addAll(roots);
        for (TypeElement candidate : candidates) {
            consider(candidate);
        }
        return false;
    }

    private void consider(TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (finishedClasses.contains(name) || generatedFiles.isGenerated(name)) {
            return;
        }
        Detection detection = detector.detect(type);
        if (detection.generatedBase().isPresent() && type.getSuperclass().getKind() == TypeKind.DECLARED) {
            // The base an earlier compilation generated, when found: generated again below, so the walk
            // for columns stops there as at a base generated in this compilation.
            earlierBases.add(((TypeElement) ((DeclaredType) type.getSuperclass()).asElement())
                    .getQualifiedName().toString());
        }
        switch (detection) {
            case GENERATED_BASE_MODEL, GENERATED_ASYNC_BASE_MODEL, DIRECT_MODEL ->
                    generate(type, detection.generatedBase());
            case UNDECIDED -> undecidedClasses.add(name);
            case NOT_A_MODEL -> finishedClasses.add(name);
        }
    }

    private void generate(TypeElement model, Optional<BaseKind> base) {
        String name = model.getQualifiedName().toString();
        ModelNames names = ModelNames.of(model, elements);
        if (!validator.checkModel(model, names)) {
            finishedClasses.add(name);
            return;
        }
        List<Column> columns = collector.collect(model);
        // Only a generated base names relation targets, so only its models wait for them.
        List<RelationField> relations = base.isPresent() ? relationCollector.collect(model) : List.of();
        if (!columns.stream().allMatch(column -> TypeNames.isResolved(column.type()))
                || !relations.stream().allMatch(relation -> TypeNames.isResolved(relation.target()))) {
            // Another processor may generate the missing type in this round; try again in the next.
            deferredModels.add(name);
            return;
        }
        finishedClasses.add(name);
        validator.checkInstantiable(model, names);
        base.ifPresent(kind -> validator.checkFieldProxyName(model, names, kind, relations));
        if (!validator.checkColumns(names, columns)) {
            return;
        }
        List<SourceFile> sources = new ArrayList<>();
        sources.add(fieldsWriter.write(names, columns));
        // A model that extends its generated base keeps its snapshot in fields of the base.
        Optional<SourceFile> fieldAccess = fieldAccessWriter.write(names, columns, base);
        fieldAccess.ifPresent(sources::add);
        List<Column> snapshotFields = fieldAccess.isPresent() ? columns : List.of();
        base.ifPresent(kind -> sources.add(
                baseWriter.write(names, kind, accessorSelector.select(model, kind, relations), snapshotFields)));
        generatedFiles.write(model, sources);
    }

    private void reportDeferredModels() {
        List<TypeElement> models = new ArrayList<>();
        takeAll(deferredModels, models);
        for (TypeElement model : models) {
            ModelNames names = ModelNames.of(model, elements);
            validator.reportUnresolvedColumns(names, collector.collect(model));
            detector.detect(model).generatedBase().ifPresent(kind ->
                    validator.reportUnresolvedRelations(names, kind, relationCollector.collect(model)));
        }
    }

    private void takeAll(Set<String> names, List<TypeElement> into) {
        // Elements do not outlive their round, so waiting classes are kept by name and looked up again.
        for (String name : names) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                into.add(type);
            }
        }
        names.clear();
    }

    private static void addWithNestedTypes(TypeElement type, List<TypeElement> into) {
        into.add(type);
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof TypeElement nested) {
                addWithNestedTypes(nested, into);
            }
        }
    }
}
