package org.activerecord4j.cli.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java sources under a source root, parsed: the models among them, and the names of the other
 * classes and enums (so a target that is a class but not a model, or a field of an enum type, can be
 * told apart). Every file must parse: the generator will not guess around a file it cannot read.
 */
public final class SourceTree {

    private final Path root;
    private final List<SourceModel> models;
    private final Map<String, Path> otherTypes;
    private final Set<String> enums;

    private SourceTree(Path root, List<SourceModel> models, Map<String, Path> otherTypes, Set<String> enums) {
        this.root = root;
        this.models = models;
        this.otherTypes = otherTypes;
        this.enums = enums;
    }

    /**
     * Parses every {@code .java} file under {@code root}.
     *
     * @param root the source root, e.g. {@code src/main/java}
     * @return the tree
     * @throws GeneratorException when the root does not exist or a file does not parse, naming the file,
     *     the line and the parser's message
     */
    public static SourceTree read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new GeneratorException("No source directory " + root + ": run ar4j in the project's directory or give "
                    + "--source-root");
        }
        return parse(root);
    }

    /**
     * As {@link #read}, but a root that does not exist yet is an empty tree, for a project's first model.
     *
     * @param root the source root
     * @return the tree
     * @throws GeneratorException when a file does not parse
     */
    public static SourceTree readOrEmpty(Path root) {
        return Files.exists(root) ? read(root) : new SourceTree(root, List.of(), Map.of(), Set.of());
    }

    private static SourceTree parse(Path root) {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        List<SourceModel> models = new ArrayList<>();
        Map<String, Path> otherTypes = new HashMap<>();
        Set<String> enums = new HashSet<>();
        for (Path file : javaFiles(root)) {
            String text = readText(file);
            CompilationUnit unit = parse(parser, file, text);
            unit.findAll(EnumDeclaration.class).forEach(declaration -> enums.add(declaration.getNameAsString()));
            for (TypeDeclaration<?> type : unit.getTypes()) {
                Optional<SourceModel> model = type instanceof ClassOrInterfaceDeclaration declaration
                        ? ModelReader.read(file, text, unit, declaration) : Optional.empty();
                if (model.isPresent()) {
                    models.add(model.get());
                } else {
                    otherTypes.put(type.getNameAsString(), file);
                }
            }
        }
        models.sort(Comparator.comparing(SourceModel::name));
        return new SourceTree(root, List.copyOf(models), Map.copyOf(otherTypes), Set.copyOf(enums));
    }

    /**
     * Returns the source root.
     *
     * @return the root
     */
    public Path root() {
        return root;
    }

    /**
     * Returns the models, by name.
     *
     * @return the models
     */
    public List<SourceModel> models() {
        return models;
    }

    /**
     * Finds a model by simple name.
     *
     * @param name the name
     * @return the model, or empty
     * @throws GeneratorException when two models have that name
     */
    public Optional<SourceModel> model(String name) {
        List<SourceModel> found = models.stream().filter(model -> model.name().equals(name)).toList();
        if (found.size() > 1) {
            throw new GeneratorException("Two models are named " + name + ": " + found.stream().map(model -> model.file().toString())
                    .collect(Collectors.joining(", ")) + "; rename one");
        }
        return found.stream().findFirst();
    }

    /**
     * Returns the model of this name.
     *
     * @param name the name
     * @return the model
     * @throws GeneratorException naming the models found when there is none, or saying that the class is not a model
     */
    public SourceModel requireModel(String name) {
        return model(name).orElseThrow(() -> new GeneratorException(unknownModel(name)));
    }

    /**
     * Returns why {@code name} is not a model of this tree.
     *
     * @param name the name
     * @return the message: it is a class that is not a model, or the models found
     */
    public String unknownModel(String name) {
        Path file = otherTypes.get(name);
        if (file != null) {
            return name + " (" + file + ") is not a model: a model extends " + ModelBases.generated(name, false) + ", "
                    + ModelBases.generated(name, true) + ", " + ModelBases.core(name, false) + " or "
                    + ModelBases.core(name, true) + "; models under " + root + ": " + modelNames();
        }
        return "Unknown model '" + name + "'; models under " + root + ": " + modelNames();
    }

    /**
     * Returns whether a class (model or not) of this name is declared under the root.
     *
     * @param name the simple name
     * @return true when one is
     */
    public boolean declaresType(String name) {
        return otherTypes.containsKey(name) || models.stream().anyMatch(model -> model.name().equals(name));
    }

    /**
     * Returns whether an enum of this simple name is declared under the root.
     *
     * @param name the simple name
     * @return true when one is
     */
    public boolean isEnum(String name) {
        return enums.contains(name);
    }

    /**
     * Returns the models' names for messages.
     *
     * @return e.g. {@code Order, User}, or {@code (none)}
     */
    public String modelNames() {
        return models.isEmpty() ? "(none)" : models.stream().map(SourceModel::name).collect(Collectors.joining(", "));
    }

    /**
     * Parses one source text, as the editor does to check what it wrote.
     *
     * @param file the file it is (or will be) in, for messages
     * @param text the text
     * @return the models it declares
     * @throws GeneratorException when it does not parse
     */
    public static List<SourceModel> parseModels(Path file, String text) {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        CompilationUnit unit = parse(parser, file, text);
        return unit.getTypes().stream().filter(ClassOrInterfaceDeclaration.class::isInstance)
                .map(type -> ModelReader.read(file, text, unit, (ClassOrInterfaceDeclaration) type))
                .flatMap(Optional::stream).toList();
    }

    private static CompilationUnit parse(JavaParser parser, Path file, String text) {
        ParseResult<CompilationUnit> result = parser.parse(text);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Problem problem = result.getProblems().get(0);
            String where = problem.getLocation().map(range -> offending(range.getBegin())).flatMap(JavaToken::getRange)
                    .map(range -> "line " + range.begin.line + ", column " + range.begin.column + ": ").orElse("");
            throw new GeneratorException("Cannot parse " + file + ": " + where + summary(problem.getMessage())
                    + "; fix the file and run again (no file was changed)");
        }
        return result.getResult().get();
    }

    /** The parser reports the last token it accepted; the one it stumbled on is the next that is not whitespace. */
    private static JavaToken offending(JavaToken accepted) {
        JavaToken token = accepted.getNextToken().orElse(accepted);
        while (token.getCategory().isWhitespaceOrComment() && token.getNextToken().isPresent()) {
            token = token.getNextToken().get();
        }
        return token.getCategory().isWhitespaceOrComment() ? accepted : token;
    }

    /** The message without the parser's list of every token it would have accepted. */
    private static String summary(String message) {
        String firstLine = message.lines().findFirst().orElse(message);
        int expected = firstLine.indexOf(", expected one of");
        return expected < 0 ? firstLine : firstLine.substring(0, expected);
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java") && Files.isRegularFile(file)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new GeneratorException("Cannot read " + file + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
