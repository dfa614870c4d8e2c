package org.activerecord4j.cli.generate;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.SourceModel;

/**
 * Inserts lines into a model's source and leaves every other character as it was: imports in sorted
 * position, a column field after the last column field, a relation after the last relation, an accessor
 * before the class's closing brace, each indented like the class's members, with the file's line endings.
 *
 * <p>JavaParser only finds the positions; the text is spliced here. Its {@code LexicalPreservingPrinter}
 * was tried first, but it printed added members at column 0 or with its own indentation and dropped the
 * Javadoc of added methods.
 */
final class SourceEditor {

    private static final String FOUR_SPACES = "    ";
    private static final int COLUMN_FIELD = 1;
    private static final int RELATION = 2;
    private static final int METHOD = 3;

    private final SourceModel model;
    private final String text;
    private final String newline;
    private final String indent;
    private final String level;
    private final int[] lineStarts;
    private final List<Insertion> insertions = new ArrayList<>();
    private final TreeSet<String> newImports = new TreeSet<>();
    private int methodsAdded;

    SourceEditor(SourceModel model) {
        this.model = model;
        this.text = model.text();
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.lineStarts = lineStarts(text);
        ClassOrInterfaceDeclaration type = model.type();
        String classIndent = leadingWhitespace(type.getBegin().orElseThrow().line);
        this.indent = type.getMembers().isEmpty() ? classIndent + FOUR_SPACES
                : leadingWhitespace(type.getMember(0).getBegin().orElseThrow().line);
        String step = indent.startsWith(classIndent) ? indent.substring(classIndent.length()) : "";
        this.level = step.isEmpty() ? FOUR_SPACES : step;
        if (openingBraceLine() == type.getEnd().orElseThrow().line) {
            throw new GeneratorException("Cannot edit " + model.file() + ": the body of class " + model.name()
                    + " is on one line; put its closing brace on a line of its own (no file was changed)");
        }
    }

    SourceModel model() {
        return model;
    }

    /** Imports {@code qualifiedName} unless it is in java.lang, in the model's package, or imported already. */
    void addImport(String qualifiedName) {
        String packageName = qualifiedName.substring(0, Math.max(0, qualifiedName.lastIndexOf('.')));
        boolean known = packageName.equals("java.lang") || packageName.equals(model.packageName())
                || model.unit().getImports().stream().anyMatch(existing -> !existing.isStatic()
                        && (existing.getNameAsString().equals(qualifiedName)
                                || existing.isAsterisk() && existing.getNameAsString().equals(packageName)));
        if (!known) {
            newImports.add(qualifiedName);
        }
    }

    /** Adds a column field (its lines, e.g. an annotation and the declaration) after the last column field. */
    void addColumnField(List<String> lines) {
        Optional<FieldDeclaration> last = lastField(false);
        insertAfterLine(last.map(this::endLine).orElseGet(this::openingBraceLine), COLUMN_FIELD, member(lines, false));
    }

    /** Adds a relation field after the last relation, else after the column fields with a blank line before it. */
    void addRelation(String declaration) {
        Optional<FieldDeclaration> lastRelation = lastField(true);
        if (lastRelation.isPresent()) {
            insertAfterLine(endLine(lastRelation.get()), RELATION, member(List.of(declaration), false));
        } else {
            Optional<FieldDeclaration> lastColumn = lastField(false);
            insertAfterLine(lastColumn.map(this::endLine).orElseGet(this::openingBraceLine), RELATION,
                    member(List.of(declaration), lastColumn.isPresent()));
        }
    }

    /** Adds a method (lines indented by four spaces per level) before the closing brace, after a blank line. */
    void addMethod(List<String> lines) {
        int closingLine = model.type().getEnd().orElseThrow().line;
        boolean blankBefore = methodsAdded > 0 || !lineText(closingLine - 1).isBlank();
        methodsAdded++;
        insertions.add(new Insertion(lineStarts[closingLine - 1], order(METHOD), member(lines, blankBefore)));
    }

    /**
     * The edited text of one file, the original when nothing was added, from the editors of the models it declares
     * (one model, or a model and, say, a package-private one after it), so that the insertions of each land in it.
     */
    static String result(List<SourceEditor> editors) {
        SourceEditor first = editors.get(0);
        String text = first.text;
        List<Insertion> all = new ArrayList<>();
        TreeSet<String> imports = new TreeSet<>();
        for (SourceEditor editor : editors) {
            all.addAll(editor.insertions);
            imports.addAll(editor.newImports);
        }
        all.addAll(first.importInsertions(imports));
        all.sort(Comparator.comparingInt(Insertion::offset).thenComparingInt(Insertion::order));
        StringBuilder edited = new StringBuilder(text.length() + 256);
        int copied = 0;
        for (Insertion insertion : all) {
            edited.append(text, copied, insertion.offset);
            if (insertion.offset == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
                edited.append(first.newline);
            }
            edited.append(insertion.text);
            copied = insertion.offset;
        }
        return edited.append(text.substring(copied)).toString();
    }

    private List<Insertion> importInsertions(TreeSet<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<ImportDeclaration> imports = model.unit().getImports();
        StringBuilder lines = new StringBuilder();
        if (imports.isEmpty()) {
            names.forEach(name -> lines.append("import ").append(name).append(';').append(newline));
            Optional<Integer> packageLine = model.unit().getPackageDeclaration().map(this::endLine);
            return List.of(packageLine
                    .map(line -> new Insertion(offsetAfterLine(line), -1, newline + lines))
                    .orElseGet(() -> new Insertion(0, -1, lines + newline)));
        }
        // Each new import goes before the first existing one that sorts after it, or after the last.
        List<Insertion> placed = new ArrayList<>();
        for (String name : names) {
            Optional<ImportDeclaration> after = imports.stream()
                    .filter(existing -> !existing.isStatic() && existing.getNameAsString().compareTo(name) > 0).findFirst();
            String line = "import " + name + ";" + newline;
            placed.add(after.map(existing -> new Insertion(lineStarts[existing.getBegin().orElseThrow().line - 1], -1, line))
                    .orElseGet(() -> new Insertion(offsetAfterLine(endLine(imports.get(imports.size() - 1))), -1, line)));
        }
        return placed;
    }

    private Optional<FieldDeclaration> lastField(boolean relation) {
        FieldDeclaration last = null;
        for (BodyDeclaration<?> member : model.type().getMembers()) {
            if (member instanceof FieldDeclaration field) {
                boolean isRelation = field.isStatic() && field.getVariables().stream()
                        .anyMatch(variable -> model.relation(variable.getNameAsString()).isPresent());
                boolean isColumn = !field.isStatic() && !field.isTransient();
                if (relation ? isRelation : isColumn) {
                    last = field;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    private String member(List<String> lines, boolean blankBefore) {
        StringBuilder member = new StringBuilder(blankBefore ? newline : "");
        for (String line : lines) {
            int depth = 0;
            while (line.startsWith(FOUR_SPACES, depth * FOUR_SPACES.length())) {
                depth++;
            }
            member.append(indent).append(level.repeat(depth)).append(line.substring(depth * FOUR_SPACES.length()))
                    .append(newline);
        }
        return member.toString();
    }

    private void insertAfterLine(int line, int kind, String member) {
        int closingLine = model.type().getEnd().orElseThrow().line;
        if (line == closingLine) {
            throw new GeneratorException("Cannot edit " + model.file() + ": the closing brace of class " + model.name()
                    + " is on line " + closingLine + " after a member; put it on a line of its own (no file was changed)");
        }
        insertions.add(new Insertion(offsetAfterLine(line), order(kind), member));
    }

    /** At one offset, column fields come before relations and relations before methods, each in the order added. */
    private int order(int kind) {
        return kind * 10_000 + insertions.size();
    }

    private int openingBraceLine() {
        JavaToken token = model.type().getName().getTokenRange().orElseThrow().getEnd();
        while (!token.getText().equals("{")) {
            token = token.getNextToken().orElseThrow();
        }
        return token.getRange().orElseThrow().begin.line;
    }

    private int endLine(Node node) {
        return node.getEnd().map(position -> position.line).orElseThrow();
    }

    private int offsetAfterLine(int line) {
        return line < lineStarts.length ? lineStarts[line] : text.length();
    }

    private String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        return text.substring(start, end);
    }

    private String leadingWhitespace(int line) {
        String content = lineText(line);
        int end = 0;
        while (end < content.length() && (content.charAt(end) == ' ' || content.charAt(end) == '\t')) {
            end++;
        }
        return content.substring(0, end);
    }

    /** Offsets of the first character of each line; index 0 is line 1. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        if (starts.get(starts.size() - 1) == text.length() && text.length() > 0) {
            starts.remove(starts.size() - 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Text to insert at an offset; {@code order} keeps insertions at one offset in the order they were made. */
    private record Insertion(int offset, int order, String text) {
    }
}
