package org.activerecord4j.cli.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.Identifiers;
import org.activerecord4j.schema.Conventions;

/**
 * One field of {@code ar4j generate model}, in Rails' syntax: {@code name:type}, with {@code {n}} after
 * {@code string} (length) or {@code {p,s}} after {@code decimal}; {@code user:references} is a belongs_to
 * to {@code User} with its key {@code user_id}. Immutable.
 *
 * @param column the column name as given, e.g. {@code placed_at}
 * @param type the Java type to declare, e.g. {@code Instant}; for references the referenced key's type,
 *     {@code Long} until {@link #withKeyType} says otherwise
 * @param imported the class to import for the type, or null
 * @param annotation the {@code @Column(...)} members to write, or null for none
 * @param references the model a {@code references} field points at, or null
 */
record FieldSpec(String column, String type, String imported, String annotation, String references) {

    private static final Pattern SYNTAX = Pattern.compile("([a-z][a-z0-9_]*):([a-z]+)(?:\\{(\\d+)(?:,(\\d+))?\\})?");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("string", "String"), Map.entry("text", "String"), Map.entry("integer", "Integer"),
            Map.entry("bigint", "Long"), Map.entry("decimal", "java.math.BigDecimal"), Map.entry("boolean", "Boolean"),
            Map.entry("double", "Double"), Map.entry("date", "java.time.LocalDate"), Map.entry("timestamp", "java.time.Instant"),
            Map.entry("datetime", "java.time.LocalDateTime"), Map.entry("uuid", "java.util.UUID"), Map.entry("binary", "byte[]"),
            Map.entry("references", "Long"));

    static final String TYPE_NAMES = "string, text, integer, bigint, decimal, boolean, double, date, timestamp, datetime, uuid, "
            + "binary, references";

    /**
     * Parses one field argument.
     *
     * @param argument e.g. {@code total:decimal{10,2}}
     * @return the field
     * @throws GeneratorException naming the argument, the rule and the choices when it does not parse
     */
    static FieldSpec parse(String argument) {
        Matcher matcher = SYNTAX.matcher(argument);
        if (!matcher.matches()) {
            throw new GeneratorException("Cannot read field '" + argument + "': write name:type, e.g. title:string{120}, "
                    + "total:decimal{10,2} or user:references; types: " + TYPE_NAMES);
        }
        String name = matcher.group(1);
        String kind = matcher.group(2);
        String type = TYPES.get(kind);
        if (type == null) {
            throw new GeneratorException("Unknown field type '" + kind + "' in '" + argument + "'; choose one of: " + TYPE_NAMES);
        }
        String problem = Identifiers.columnProblem(kind.equals("references") ? name + "_id" : name);
        String field = Identifiers.camelCase(name);
        if (problem != null || !Identifiers.isFieldName(field) || !Conventions.columnName(field).equals(name)) {
            throw new GeneratorException("Field '" + argument + "': " + (problem != null ? problem
                    : "'" + name + "' does not map to a Java field and back (" + field + ")") + "; use snake_case, e.g. placed_at");
        }
        String size = matcher.group(3);
        String scale = matcher.group(4);
        if (size != null && !(kind.equals("string") && scale == null || kind.equals("decimal"))) {
            throw new GeneratorException("Field '" + argument + "': {…} applies to string{length} and decimal{precision,scale} only");
        }
        List<String> members = new ArrayList<>();
        String references = null;
        if (kind.equals("references")) {
            references = Character.toUpperCase(Identifiers.camelCase(name).charAt(0)) + Identifiers.camelCase(name).substring(1);
            members.add("nullable = false");
            name = name + "_id";
        } else if (size != null && kind.equals("string")) {
            members.add("length = " + positive(argument, size));
        } else if (size != null) {
            members.add("precision = " + positive(argument, size));
            members.add("scale = " + (scale == null ? "0" : scale));
            if (scale != null && Integer.parseInt(scale) > Integer.parseInt(size)) {
                throw new GeneratorException("Field '" + argument + "': the scale " + scale + " is larger than the precision " + size);
            }
        }
        boolean qualified = type.contains(".");
        return new FieldSpec(name, qualified ? type.substring(type.lastIndexOf('.') + 1) : type, qualified ? type : null,
                members.isEmpty() ? null : String.join(", ", members), references);
    }

    /**
     * This reference with the type of the referenced model's key, e.g. {@code Integer} or {@code UUID}, as its field's
     * type.
     *
     * @param keyType the key's type as a field type that may hold null
     * @param keyImport the class that type needs imported, or null
     */
    FieldSpec withKeyType(String keyType, String keyImport) {
        return new FieldSpec(column, keyType, keyImport, annotation, references);
    }

    /** The field's Java name: {@code placed_at} → {@code placedAt}. */
    String fieldName() {
        return Identifiers.camelCase(column);
    }

    /** The field's lines: its {@code @Column} annotation, if any, and its declaration. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (annotation != null) {
            lines.add("@Column(" + annotation + ")");
        }
        lines.add("public " + type + " " + fieldName() + ";");
        return lines;
    }

    private static int positive(String argument, String number) {
        int value = Integer.parseInt(number);
        if (value < 1) {
            throw new GeneratorException("Field '" + argument + "': the size must be at least 1 but was " + value);
        }
        return value;
    }
}
