package org.activerecord4j.internal.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.activerecord4j.Model;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.load.Inverses;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.Keys;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.internal.sql.WriteStatements;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.relation.Dependent;

/** Writing through relations: assigning a parent, adding and removing children and join rows ({@link HasOneWrites}: a HasOne's target). */
public final class RelationWrites {

    private RelationWrites() {
    }

    /**
     * Assigns {@code parent} through a BelongsTo: sets the key and caches the parent, and the record as the parent's
     * HasOne when that is the inverse (and a former parent's cached HasOne as none).
     *
     * @param relation the BelongsTo
     * @param record the child
     * @param parent the parent, or null
     * @throws ActiveRecordException when {@code parent} is null and the foreign key is a primitive field
     */
    public static void assign(BoundRelation relation, Model<?> record, Model<?> parent) {
        if (parent == null && relation.foreignKey().primitive()) {
            // its zero would be written as a key that points at no row
            throw new ActiveRecordException("Cannot set " + relation + " of " + describe(relation.owner(), record)
                    + " to null: " + relation.owner().name() + "." + relation.foreignKey().fieldName() + " is a primitive "
                    + "and cannot be null; declare it as " + relation.foreignKey().type().getSimpleName() + " so that "
                    + relation + " may be null");
        }
        if (RecordStates.cached(record, relation.name()) instanceof Model<?> former && former != parent) {
            leaveFormerParent(relation, record, former);
        }
        Object key = parent == null ? null : relation.target().keyOf(parent);
        relation.foreignKey().set(record, Keys.convert(relation.foreignKey(), key));
        if (parent != null && key == null) {
            RecordStates.relations(record).cacheAwaitingKey(relation.name(), parent);
        } else {
            RecordStates.relations(record).cache(relation.name(), parent == null ? RelationCache.absent(null) : parent, null);
        }
        if (parent != null) {
            Inverses.fillFromOne(relation, record, parent); // a HasOne inverse is now this record, as in Rails
        }
    }

    /**
     * Takes {@code record}, moved away from {@code former} through the BelongsTo {@code relation}, out of the
     * former parent's cached HasOne inverse: it holds none now, as Rails' belongs_to writer removes the inverse instance.
     */
    static void leaveFormerParent(BoundRelation relation, Model<?> record, Model<?> former) {
        BoundRelation inverse = relation.inverse();
        if (inverse != null && !inverse.kind().toMany() && RecordStates.cached(former, inverse.name()) == record) {
            RecordStates.cacheLoadedAhead(former, inverse.name(), null, inverse.timeToLive());
        }
    }

    /**
     * Before a record is saved: copies into its foreign keys the keys of parents that were assigned to it while
     * they had none and have been saved since (on their own, or earlier in the same {@code saveAll}), as
     * {@link #saveAssignedParents} does for those still new: the assigned parent wins.
     *
     * @param record the record about to be saved
     */
    public static void copyKeysOfSavedParents(Model<?> record) {
        RelationCache cache = RecordStates.relationsIfAny(record);
        if (cache == null) {
            return;
        }
        for (BoundRelation relation : ModelRelations.of(record.getClass()).all()) {
            if (relation.kind().ownerHoldsKey() && cache.awaitingKey(relation.name()) instanceof Model<?> parent
                    && !parent.isNewRecord()) {
                copyParentKey(relation, record, parent);
            }
        }
    }

    /**
     * Before a record is saved: saves assigned parents that are new and copies their keys.
     *
     * @param record the record about to be saved
     * @param saving the records whose saves wait for their new parents, {@code record} included
     */
    static void saveAssignedParents(Model<?> record, Set<Model<?>> saving) {
        newAssignedParents(record).forEach((relation, parent) -> {
            Saves.save(parent, saving);
            copyParentKey(relation, record, parent);
        });
    }

    /** Sets the foreign key of {@code record} to the key of {@code parent}, remembered for a rollback. */
    private static void copyParentKey(BoundRelation relation, Model<?> record, Model<?> parent) {
        Object key = Keys.convert(relation.foreignKey(), relation.target().primaryKey().get(parent));
        if (!Objects.equals(key, relation.foreignKey().get(record))) {
            RecordMemento.beforeSetting(owners(relation), record, relation.foreignKey());
            relation.foreignKey().set(record, key);
        }
    }

    /**
     * Returns whether saving {@code record} also saves a new assigned parent.
     *
     * @param record the record
     * @return true when a transaction is needed around the save
     */
    public static boolean hasNewAssignedParent(Model<?> record) {
        Collection<BoundRelation> relations = ModelRelations.of(record.getClass()).all(); // validates them on first use
        if (RecordStates.relationsIfAny(record) == null) {
            return false; // nothing assigned: a record without a relation cache has no parent to save
        }
        for (BoundRelation relation : relations) {
            if (newAssignedParent(record, relation) != null) {
                return true;
            }
        }
        return false;
    }

    /** The parents assigned through BelongsTo relations of {@code record} that have not been saved yet. */
    private static Map<BoundRelation, Model<?>> newAssignedParents(Model<?> record) {
        Map<BoundRelation, Model<?>> parents = new LinkedHashMap<>();
        for (BoundRelation relation : ModelRelations.of(record.getClass()).all()) {
            Model<?> parent = newAssignedParent(record, relation);
            if (parent != null) {
                parents.put(relation, parent);
            }
        }
        return parents;
    }

    /**
     * The parent assigned through {@code relation} of {@code record} if it is a BelongsTo and the parent is new: the
     * record itself too, when it is its own parent, so that its save gives it its own key once it has one.
     */
    private static Model<?> newAssignedParent(Model<?> record, BoundRelation relation) {
        return relation.kind().ownerHoldsKey() && RecordStates.cached(record, relation.name()) instanceof Model<?> parent
                && parent.isNewRecord() ? parent : null;
    }

    /**
     * Adds {@code child} to a HasMany (setting its key and saving it), or joins {@code child} to the owner
     * through a HasManyThrough (inserting the join row once), saving new records first, in one transaction.
     *
     * @param relation the relation
     * @param record the owner
     * @param child the child or target
     * @param joinRow fills a new join row's own columns (HasManyThrough), or null
     */
    public static void add(BoundRelation relation, Model<?> record, Model<?> child, Consumer<?> joinRow) {
        requireChild(relation, child);
        Engine engine = owners(relation);
        engine.transaction(() -> {
            if (record.isNewRecord()) {
                Saves.save(record);
            }
            Object key = relation.owner().keyOf(record);
            if (relation.kind().throughJoin()) {
                if (child.isNewRecord()) {
                    Saves.save(child);
                }
                insertJoinRowOnce(relation, key, relation.target().keyOf(child), joinRow);
            } else {
                RecordMemento.beforeSetting(engine, child, relation.foreignKey());
                forgetAssignedParents(relation, child);
                relation.foreignKey().set(child, Keys.convert(relation.foreignKey(), key));
                Saves.save(child);
                if (relation.inverse() != null) {
                    Inverses.fill(relation.inverse(), child, record);
                }
            }
            // The row may be listed already, through another instance of it: that entry becomes the child.
            if (RecordStates.cached(record, relation.name()) instanceof List<?> loaded) {
                int listed = indexOfRow(relation.target(), loaded, child);
                if (listed < 0 || loaded.get(listed) != child) {
                    RecordMemento.beforeWrite(engine, record);
                    List<Object> updated = new ArrayList<>(loaded);
                    if (listed < 0) {
                        updated.add(child);
                    } else {
                        updated.set(listed, child);
                    }
                    RecordStates.relations(record).replace(relation.name(), List.copyOf(updated));
                }
            }
        });
    }

    /**
     * Removes {@code child} from a HasMany (as Rails' {@code collection.delete}: destroying it under
     * {@code dependent(DESTROY)}, deleting its row under {@code dependent(DELETE)}, else nullifying its key) or the join
     * row of a HasManyThrough (each through its {@code delete()} under {@code dependent(DESTROY)}, as Rails destroys the
     * join records, else with one DELETE).
     *
     * @param relation the relation
     * @param record the owner
     * @param child the child or target
     */
    public static void remove(BoundRelation relation, Model<?> record, Model<?> child) {
        requireChild(relation, child);
        Object key = relation.owner().keyOf(record);
        if (relation.kind().throughJoin()) {
            Object targetKey = relation.target().keyOf(child);
            if (key != null && targetKey != null && relation.dependent() == Dependent.DESTROY) {
                // each join row through its delete(), as the owner's delete does, so the join model's dependents run
                Routing.forModel(relation.join().type())
                        .transaction(() -> Dependents.destroyJoinRows(relation, key, targetKey, new HashSet<>()));
            } else if (key != null && targetKey != null) {
                deleteJoinRows(relation, key, targetKey);
            }
        } else if (rowPointsAt(relation, key, child)) {
            takeChild(relation, child);
        }
        // The loaded list may hold the row through another instance of it than the one removed.
        if (RecordStates.cached(record, relation.name()) instanceof List<?> loaded
                && indexOfRow(relation.target(), loaded, child) >= 0) {
            RecordMemento.beforeWrite(owners(relation), record);
            List<Object> updated = new ArrayList<>(loaded);
            updated.removeIf(listed -> sameRow(relation.target(), listed, child));
            RecordStates.relations(record).replace(relation.name(), List.copyOf(updated));
        }
    }

    /** Takes {@code child}, whose row points at the owner, from a HasMany as the relation's {@code dependent} says. */
    private static void takeChild(BoundRelation relation, Model<?> child) {
        if (relation.dependent() == Dependent.DESTROY) {
            Deletes.delete(child);
        } else if (relation.dependent() == Dependent.DELETE) {
            Deletes.deleteRow(child);
        } else {
            nullifyChild(relation, child, "Cannot remove " + describe(relation.target(), child) + " from " + relation + ": ",
                    "delete the " + relation.target().name() + " instead");
        }
    }

    /** The index in {@code loaded} of {@code child}'s row: the instance itself, else the first with its key; -1 if none. */
    private static int indexOfRow(ModelInfo<?> target, List<?> loaded, Model<?> child) {
        int byKey = -1;
        for (int i = 0; i < loaded.size(); i++) {
            Object listed = loaded.get(i);
            if (listed == child) {
                return i;
            }
            if (byKey < 0 && sameRow(target, listed, child)) {
                byKey = i;
            }
        }
        return byKey;
    }

    /** Whether {@code listed} is {@code child} or another instance of its row (a record with its key). */
    static boolean sameRow(ModelInfo<?> target, Object listed, Model<?> child) {
        if (listed == child) {
            return true;
        }
        Object key = target.keyOf(child);
        return key != null && key.equals(target.keyOf(listed));
    }

    /**
     * Whether {@code child}'s row points at the owner whose key is {@code ownerKey}, so that removing it may null its
     * key: a child saved under another owner is not the owner's to remove, and one not saved has no row to write.
     */
    private static boolean rowPointsAt(BoundRelation relation, Object ownerKey, Model<?> child) {
        if (!RecordStates.isPersisted(child)) {
            return false;
        }
        Object stored = RecordStates.snapshotValue(child, relation.foreignKey().index());
        return ownerKey != null && Objects.equals(stored, Keys.convert(relation.foreignKey(), ownerKey));
    }

    /**
     * Sets {@code child}'s key to null and writes it, and only it, to the child's row (as Rails' {@code collection.delete}
     * writes only the key: other changes to the child stay unsaved); refuses a key that cannot be null, starting the
     * message with {@code label} and ending it with {@code fix}.
     */
    static void nullifyChild(BoundRelation relation, Model<?> child, String label, String fix) {
        if (!relation.foreignKey().nullable()) {
            throw keyCannotBeNull(relation, label, fix);
        }
        Object previous = relation.foreignKey().get(child);
        RecordMemento.beforeSetting(owners(relation), child, relation.foreignKey());
        Runnable putBackParents = forgetAssignedParents(relation, child);
        relation.foreignKey().set(child, null);
        try {
            Saves.updateColumn(child, relation.foreignKey());
        } catch (RuntimeException e) {
            relation.foreignKey().set(child, previous);
            putBackParents.run();
            if (!(e instanceof StatementFailedException failed) || !refusesNull(failed, relation.foreignKey().name())) {
                throw e; // a row gone, a lock, a lost connection: the database's own words
            }
            throw new ActiveRecordException(label + "the database refused to set " + relation.target().table() + "."
                    + relation.foreignKey().name() + " to null (is it NOT NULL?); " + fix, e);
        }
        RelationCache childRelations = RecordStates.relationsIfAny(child);
        if (relation.inverse() != null && childRelations != null) {
            childRelations.clearRelation(relation.inverse().name());
        }
    }

    /**
     * Returns the refusal to set the foreign key of {@code relation}'s target to null, which its field or column
     * cannot hold, starting the message with {@code label} and ending it with {@code fix}.
     */
    static ActiveRecordException keyCannotBeNull(BoundRelation relation, String label, String fix) {
        return new ActiveRecordException(label + relation.target().name() + "." + relation.foreignKey().fieldName()
                + (relation.foreignKey().primitive() ? " is a primitive" : " is declared nullable = false")
                + " and cannot be null; " + fix);
    }

    /**
     * Before {@code relation} writes {@code child}'s foreign key: forgets a parent assigned to the child through a
     * BelongsTo on that key that the save would otherwise save or copy the key of ({@link #saveAssignedParents},
     * {@link #copyKeysOfSavedParents}), over the key this write sets, as Rails' {@code <<} makes the owner the
     * child's parent.
     *
     * @return puts the forgotten parents back, for a write that failed
     */
    static Runnable forgetAssignedParents(BoundRelation relation, Model<?> child) {
        RelationCache cache = RecordStates.relationsIfAny(child);
        Runnable putBack = () -> { };
        if (cache == null) {
            return putBack;
        }
        for (BoundRelation parentRelation : ModelRelations.of(child.getClass()).all()) {
            if (!parentRelation.kind().ownerHoldsKey()
                    || !parentRelation.foreignKey().name().equals(relation.foreignKey().name())) {
                continue;
            }
            String name = parentRelation.name();
            Object awaiting = cache.awaitingKey(name);
            Object parent = awaiting != null ? awaiting : RecordStates.cached(child, name);
            if (awaiting != null || parent instanceof Model<?> assigned && assigned.isNewRecord()) {
                cache.clearRelation(name);
                Runnable before = putBack;
                putBack = () -> {
                    before.run();
                    if (awaiting != null) {
                        cache.cacheAwaitingKey(name, awaiting);
                    } else {
                        cache.cache(name, parent, parentRelation.timeToLive());
                    }
                };
            }
        }
        return putBack;
    }

    /**
     * Returns whether the database's message (not the SQL, which names every column written) says that
     * {@code column} cannot be null: PostgreSQL's "null value in column", MariaDB's "Column ... cannot be null",
     * SQLite's "NOT NULL constraint failed".
     */
    private static boolean refusesNull(StatementFailedException failure, String column) {
        String message = failure.getCause() == null ? null : failure.getCause().getMessage();
        return message != null && message.contains(column) && message.toLowerCase(Locale.ROOT).contains("null");
    }

    private static void insertJoinRowOnce(BoundRelation relation, Object sourceKey, Object targetKey, Consumer<?> joinRow) {
        ModelInfo<?> join = relation.join();
        Engine engine = Routing.forModel(join.type());
        if (engine.query(WriteStatements.joinRowExists(engine.dialect(), relation, sourceKey, targetKey), row -> { }) > 0) {
            return;
        }
        Model<?> row = (Model<?>) join.newInstance();
        if (joinRow != null) {
            fill(relation, joinRow, row);
        }
        relation.foreignKey().set(row, Keys.convert(relation.foreignKey(), sourceKey));
        relation.targetForeignKey().set(row, Keys.convert(relation.targetForeignKey(), targetKey));
        Saves.save(row);
    }

    @SuppressWarnings("unchecked")
    private static void fill(BoundRelation relation, Consumer<?> joinRow, Model<?> row) {
        try {
            ((Consumer<Object>) joinRow).accept(row);
        } catch (ClassCastException e) {
            throw new ActiveRecordException("The join model of " + relation + " is " + relation.join().name()
                    + "; type the lambda's parameter as " + relation.join().name() + ": (" + relation.join().name() + " row) -> …", e);
        }
    }

    /**
     * Deletes join rows of a HasManyThrough.
     *
     * @param relation the relation
     * @param sourceKey the owner's key
     * @param targetKey the target's key, or null for all of the owner's join rows
     * @return the rows deleted
     */
    static long deleteJoinRows(BoundRelation relation, Object sourceKey, Object targetKey) {
        Engine engine = Routing.forModel(relation.join().type());
        return engine.update(WriteStatements.deleteJoinRows(engine.dialect(), relation, sourceKey, targetKey));
    }

    static void requireChild(BoundRelation relation, Model<?> child) {
        if (child == null || child.getClass() != relation.target().type()) {
            throw new InvalidArgumentException(relation + " takes a " + relation.target().name() + ", not "
                    + (child == null ? "null" : "a " + child.getClass().getSimpleName()));
        }
    }

    static String describe(ModelInfo<?> model, Model<?> record) {
        return model.name() + " " + model.primaryKey().fieldName() + "=" + model.primaryKey().get(record);
    }

    /** The database the owners of {@code relation} are written to. */
    static Engine owners(BoundRelation relation) {
        return Routing.forModel(relation.owner().type());
    }
}
