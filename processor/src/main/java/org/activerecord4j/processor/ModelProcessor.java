package org.activerecord4j.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Generates, for every model class being compiled, its field proxy ({@code UserFields}, for typed
 * queries such as {@code User.query().where(User.c.name.eq("Ann"))}) and, when the model extends
 * its base before it exists, that base too:
 *
 * <pre>{@code
 * public class User extends UserRecord {   // UserRecord and UserFields are generated
 *     public Long id;
 *     public String name;
 * }
 * }</pre>
 *
 * <p>A concrete class that extends {@code ActiveRecord} itself ({@code class User extends
 * ActiveRecord<User>}), directly or through superclasses of its own, gets the field proxy only. The
 * processor needs no annotation on models and claims none, so other processors still see every
 * annotation. Problems are reported as compile errors on the offending element.
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
    private Elements elements;
    private ModelDetector detector;
    private ColumnCollector collector;
    private ModelValidator validator;
    private GeneratedFiles generatedFiles;
    private FieldsClassWriter fieldsWriter;
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
        detector = new ModelDetector(elements);
        generatedFiles = new GeneratedFiles(environment.getFiler(), environment.getMessager());
        collector = new ColumnCollector(environment.getTypeUtils(), generatedFiles::isGenerated);
        validator = new ModelValidator(environment.getMessager());
        fieldsWriter = new FieldsClassWriter(new TypeNames(environment.getTypeUtils()));
        baseWriter = new BaseClassWriter();
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
        for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
            addWithNestedTypes(root, candidates);
        }
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
        switch (detector.detect(type)) {
            case GENERATED_BASE_MODEL -> generate(type, true);
            case DIRECT_MODEL -> generate(type, false);
            case UNDECIDED -> undecidedClasses.add(name);
            case NOT_A_MODEL -> finishedClasses.add(name);
        }
    }

    private void generate(TypeElement model, boolean withBase) {
        String name = model.getQualifiedName().toString();
        ModelNames names = ModelNames.of(model, elements);
        if (!validator.checkModel(model, names)) {
            finishedClasses.add(name);
            return;
        }
        List<Column> columns = collector.collect(model);
        if (!columns.stream().allMatch(column -> TypeNames.isResolved(column.type()))) {
            // Another processor may generate the missing type in this round; try again in the next.
            deferredModels.add(name);
            return;
        }
        finishedClasses.add(name);
        if (!validator.checkColumns(names, columns)) {
            return;
        }
        SourceFile fieldsClass = fieldsWriter.write(names, columns);
        List<SourceFile> sources = withBase ? List.of(fieldsClass, baseWriter.write(names)) : List.of(fieldsClass);
        generatedFiles.write(model, sources);
    }

    private void reportDeferredModels() {
        List<TypeElement> models = new ArrayList<>();
        takeAll(deferredModels, models);
        for (TypeElement model : models) {
            validator.reportUnresolvedColumns(ModelNames.of(model, elements), collector.collect(model));
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
