package org.activerecord4j.testing;

import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.Model;
import org.activerecord4j.models.Account;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.models.Badge;
import org.activerecord4j.models.Book;
import org.activerecord4j.models.Chair;
import org.activerecord4j.models.City;
import org.activerecord4j.models.Clip;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Country;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Desk;
import org.activerecord4j.models.Draft;
import org.activerecord4j.models.Drawer;
import org.activerecord4j.models.Employee;
import org.activerecord4j.models.Enrollment;
import org.activerecord4j.models.Folder;
import org.activerecord4j.models.Follow;
import org.activerecord4j.models.Gadget;
import org.activerecord4j.models.Lamp;
import org.activerecord4j.models.LineItem;
import org.activerecord4j.models.Locker;
import org.activerecord4j.models.LockerKey;
import org.activerecord4j.models.Meter;
import org.activerecord4j.models.Mat;
import org.activerecord4j.models.Member;
import org.activerecord4j.models.MeterReading;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Person;
import org.activerecord4j.models.Player;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.Roster;
import org.activerecord4j.models.Shelf;
import org.activerecord4j.models.Student;
import org.activerecord4j.models.Tag;
import org.activerecord4j.models.Team;
import org.activerecord4j.models.Ticket;
import org.activerecord4j.models.Token;
import org.activerecord4j.models.Tool;
import org.activerecord4j.models.Tray;
import org.activerecord4j.models.User;
import org.activerecord4j.models.Writer;
import org.activerecord4j.schema.DdlWriter;
import org.activerecord4j.schema.TableDefinition;

/** Drops every test table (children before parents, so foreign keys allow it) and creates the ones a test needs. */
public final class TestSchema {

    private static final List<Class<? extends ActiveRecord<?>>> CHILDREN_FIRST = List.of(
            Comment.class, Post.class, Profile.class, LineItem.class, Order.class, Enrollment.class, Student.class, Course.class,
            City.class, Country.class, Employee.class, User.class, AllTypes.class, Tag.class, Token.class, Gadget.class,
            Book.class, Shelf.class, Account.class, Tool.class, Drawer.class, MeterReading.class, Meter.class, Badge.class, Roster.class,
            Team.class, Player.class, LockerKey.class, Locker.class, Member.class, Ticket.class,
            Clip.class, Tray.class, Lamp.class, Chair.class, Mat.class, Desk.class, Folder.class, Draft.class, Writer.class,
            Follow.class, Person.class);

    private TestSchema() {
    }

    /**
     * Drops all test tables, then creates {@code models} in the order given (parents first).
     *
     * @param database the database
     * @param models the models the test uses
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static void recreate(Database database, Class<? extends Model<?>>... models) {
        for (Class<? extends ActiveRecord<?>> model : CHILDREN_FIRST) {
            database.dropTables(model);
        }
        database.createTables(models);
    }

    /**
     * Creates {@code joinModel}'s table again as {@code createTables} does but without its unique keys, as a schema
     * made by hand may be, so that a test can write a pair of a HasManyThrough twice.
     *
     * @param database the database
     * @param joinModel the join model, whose table exists
     */
    public static void withoutUniquePairs(Database database, Class<? extends Model<?>> joinModel) {
        TableDefinition full = TableDefinition.of(joinModel);
        TableDefinition.Builder table = TableDefinition.builder(full.name());
        full.columns().forEach(table::column);
        table.primaryKey(full.primaryKey(), full.keyGeneration());
        full.foreignKeys().forEach(key -> table.foreignKey(key.column(), key.referencedTable(), key.referencedColumn()));
        database.dropTables(joinModel);
        DdlWriter.forDialect(database.dialectName()).createTable(table.build()).forEach(database::execute);
    }
}
