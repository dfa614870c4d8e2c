package org.activerecord4j.bench.jooq;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The benchmark's tables and columns for jOOQ without code generation: plain {@link DSL#table} and
 * {@link DSL#field} names with their data types, quoted per dialect when rendered. Immutable.
 */
final class JooqTables {

    static final Table<Record> USERS = DSL.table(DSL.name("users"));
    static final Table<Record> POSTS = DSL.table(DSL.name("posts"));
    static final Table<Record> COMMENTS = DSL.table(DSL.name("comments"));
    static final Table<Record> STUDENTS = DSL.table(DSL.name("students"));
    static final Table<Record> ENROLLMENTS = DSL.table(DSL.name("enrollments"));
    static final Table<Record> READINGS = DSL.table(DSL.name("readings"));

    /** Every table's key. */
    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);
    static final Field<String> EMAIL = DSL.field(DSL.name("email"), SQLDataType.VARCHAR);
    static final Field<Integer> AGE = DSL.field(DSL.name("age"), SQLDataType.INTEGER);
    static final Field<Long> USER_ID = DSL.field(DSL.name("user_id"), SQLDataType.BIGINT);
    static final Field<String> TITLE = DSL.field(DSL.name("title"), SQLDataType.VARCHAR);
    static final Field<String> BODY = DSL.field(DSL.name("body"), SQLDataType.VARCHAR);
    static final Field<Long> POST_ID = DSL.field(DSL.name("post_id"), SQLDataType.BIGINT);
    static final Field<String> AUTHOR = DSL.field(DSL.name("author"), SQLDataType.VARCHAR);
    static final Field<Long> STUDENT_ID = DSL.field(DSL.name("student_id"), SQLDataType.BIGINT);
    static final Field<Long> COURSE_ID = DSL.field(DSL.name("course_id"), SQLDataType.BIGINT);
    static final Field<Integer> SENSOR = DSL.field(DSL.name("sensor"), SQLDataType.INTEGER);
    static final Field<Double> CELSIUS = DSL.field(DSL.name("celsius"), SQLDataType.DOUBLE);
    static final Field<String> NOTE = DSL.field(DSL.name("note"), SQLDataType.VARCHAR);

    /** S4: the courses table under the alias {@code t}, and the enrollments subquery's aliases. */
    static final Table<Record> COURSES_T = DSL.table(DSL.name("courses")).as("t");
    static final Field<Long> T_ID = DSL.field(DSL.name("t", "id"), SQLDataType.BIGINT);
    static final Field<String> T_TITLE = DSL.field(DSL.name("t", "title"), SQLDataType.VARCHAR);
    static final Field<Long> J_TARGET = DSL.field(DSL.name("j", "ar4j_target"), SQLDataType.BIGINT);
    static final Field<Long> J_OWNER = DSL.field(DSL.name("j", "ar4j_owner"), SQLDataType.BIGINT);

    private JooqTables() {
    }
}
