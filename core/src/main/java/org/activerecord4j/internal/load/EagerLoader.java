package org.activerecord4j.internal.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.Model;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.Keys;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.EagerSelect;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.types.Handlers;
import org.activerecord4j.internal.types.TypeHandler;

/**
 * Loads the relations of an {@link EagerPlan} for a list of records: one {@code IN} query per step
 * (split under the database's bind-parameter limit), whatever the number of records. Each loaded value
 * goes into the owner's relation cache, an owner with no rows gets an empty list or null, and the
 * inverse side is filled from memory. Within one load a row is one instance, however many owners reach
 * it (the query's own records included). Not thread-safe: one per load.
 */
public final class EagerLoader {

    private final ModelInfo<?> rootModel;
    private final List<? extends Model<?>> roots;
    /** The query's own strict-loading setting, or null. */
    private final Boolean queryStrict;
    /** Whether the query's records are under strict loading. */
    private final boolean strict;
    private final Map<ModelInfo<?>, Map<Object, Model<?>>> identities = new HashMap<>();

    /** Models met more than once in the load (the root model counts once); only their rows can repeat across steps. */
    private final Set<ModelInfo<?>> repeated = new HashSet<>();

    private EagerLoader(ModelInfo<?> rootModel, List<? extends Model<?>> roots, EagerPlan plan, Boolean queryStrict,
            boolean strict) {
        this.rootModel = rootModel;
        this.roots = roots;
        this.queryStrict = queryStrict;
        this.strict = strict;
        Set<ModelInfo<?>> seen = new HashSet<>();
        seen.add(rootModel);
        collectRepeated(plan, seen);
    }

    private void collectRepeated(EagerPlan plan, Set<ModelInfo<?>> seen) {
        for (EagerNode node : plan.nodes()) {
            ModelInfo<?> target = node.relation().target();
            if (!seen.add(target)) {
                repeated.add(target);
            }
            collectRepeated(node.children(), seen);
        }
    }

    /**
     * Loads {@code plan} for {@code records}.
     *
     * @param model the records' model
     * @param records records just read by a query
     * @param plan what to load
     * @param queryStrict the query's own strict-loading setting, or null
     * @param strict whether the query's records are under strict loading ({@link StrictLoads#resolve})
     */
    public static void load(ModelInfo<?> model, List<? extends Model<?>> records, EagerPlan plan, Boolean queryStrict,
            boolean strict) {
        if (!records.isEmpty() && !plan.isEmpty()) {
            new EagerLoader(model, records, plan, queryStrict, strict).level(records, plan, "");
        }
    }

    /**
     * Refuses, before any SQL, a step whose filter binds so many values that not one owner key fits beside
     * them in a statement; every other step splits its keys over as many statements as it needs.
     *
     * @param plan what a query will load
     * @throws org.activerecord4j.InvalidArgumentException naming the step's model, the count and the limit
     */
    public static void checkFilters(EagerPlan plan) {
        for (EagerNode node : plan.nodes()) {
            if (node.filter() != null) {
                BoundRelation relation = node.relation();
                new EagerSelect(relation, node.filter()).keysPerStatement(Routing.forModel(relation.target().type()).dialect());
            }
            checkFilters(node.children());
        }
    }

    /**
     * Whether the records a step reads of {@code target} are under strict loading: the query's own setting,
     * else the target model's ({@code @StrictLoading}, which holds for its records however they were loaded,
     * as Rails' {@code strict_loading_by_default}), else as the query's records or by the database's setting.
     */
    private boolean strictFor(ModelInfo<?> target) {
        if (queryStrict != null) {
            return queryStrict;
        }
        Boolean modelFlag = target.strictLoading();
        if (modelFlag != null) {
            return modelFlag;
        }
        return strict || Routing.forModel(target.type()).strictLoading();
    }

    private void level(List<? extends Model<?>> owners, EagerPlan plan, String prefix) {
        for (EagerNode node : plan.nodes()) {
            String path = prefix.isEmpty() ? node.relation().name() : prefix + "." + node.relation().name();
            List<Model<?>> loaded = step(owners, node, path);
            if (!loaded.isEmpty() && !node.children().isEmpty()) {
                level(loaded, node.children(), path);
            }
        }
    }

    /** Loads one relation for every owner and returns the distinct records it loaded, when a level below needs them. */
    private List<Model<?>> step(List<? extends Model<?>> owners, EagerNode node, String path) {
        BoundRelation relation = node.relation();
        EagerSelect select = new EagerSelect(relation, node.filter());
        ColumnInfo keyColumn = select.keyColumn();
        Rows rows = new Rows(relation, select, path, node.children().isEmpty());
        int count = owners.size();
        OwnerGroup[] ownerGroups = new OwnerGroup[count];
        OwnerGroups groups = new OwnerGroups(count, keyColumn.type() == Long.class);
        // A to-many relation cached for ever is its group, a list the rows are added to: it is cached while the
        // owner is at hand, rather than in a second pass over owners the rows in between pushed out of the
        // processor's caches. Until the load returns no one else sees the owners (each query's own records).
        boolean cacheGroups = relation.kind().toMany() && relation.timeToLive() == null;
        for (int i = 0; i < count; i++) {
            Model<?> owner = owners.get(i);
            Object key = relation.ownerKey(owner);
            OwnerGroup group = null;
            if (key != null) {
                group = groups.add(Keys.convert(keyColumn, key));
                if (rows.inverse != null) {
                    group.owner = owner; // the last owner of a key wins, as when filled owner by owner
                }
                ownerGroups[i] = group;
            }
            if (cacheGroups) {
                RecordStates.cache(owner, relation.name(), group == null ? List.of() : group, null);
            }
        }
        if (!groups.inOrder().isEmpty()) {
            rows.fetch(groups);
            if (relation.kind().ownerHoldsKey() && keyColumn.type() == String.class) {
                rows.checkParentless(groups);
            }
        }
        if (!cacheGroups) {
            attach(relation, owners, ownerGroups);
        }
        return rows.distinct == null ? List.of() : rows.distinct;
    }

    /**
     * Caches what the step loaded on each owner: a to-many relation with a time to live, or a to-one relation.
     * A relation that is not cached ({@code cache(false)}) keeps it for its next read, which it answers.
     */
    private static void attach(BoundRelation relation, List<? extends Model<?>> owners, OwnerGroup[] ownerGroups) {
        Duration timeToLive = relation.timeToLive();
        boolean toMany = relation.kind().toMany();
        String name = relation.name();
        for (int i = 0; i < ownerGroups.length; i++) {
            Model<?> owner = owners.get(i);
            OwnerGroup group = ownerGroups[i];
            boolean none = group == null || group.isEmpty();
            if (toMany) {
                // Children's inverses were filled as their rows were read; the group is an unmodifiable list.
                RecordStates.cacheLoadedAhead(owner, name, none ? List.of() : group, timeToLive);
            } else {
                Model<?> one = none ? null : group.get(0);
                // A BelongsTo's absent parent is cached with its key, as a lazy read caches it.
                Object value = one == null && relation.kind().ownerHoldsKey()
                        ? RelationCache.absent(relation.ownerKey(owner)) : one;
                RecordStates.cacheLoadedAhead(owner, name, value, timeToLive);
                if (one != null) {
                    Inverses.fillFromOne(relation, owner, one);
                }
            }
        }
    }

    /** A hash capacity that holds {@code size} entries without resizing. */
    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }

    private Map<Object, Model<?>> identities(ModelInfo<?> model) {
        return identities.computeIfAbsent(model, m -> {
            Map<Object, Model<?>> known = new HashMap<>(m == rootModel ? capacity(roots.size()) : 16);
            if (m == rootModel) {
                ColumnInfo key = m.primaryKey();
                for (Model<?> root : roots) {
                    known.put(key.get(root), root);
                }
            }
            return known;
        });
    }

    /** The rows of one step, grouped by owner key, each row one instance. */
    private final class Rows {
        private final BoundRelation relation;
        private final ModelInfo<?> target;
        private final EagerSelect select;
        private final String path;
        private final BoundRelation inverse;
        /** Whether records just read share their group's state for their inverse rather than getting a cache each. */
        private final boolean shareInverse;
        private final Map<Object, Model<?>> known;
        /** The distinct records the step read, for the next level; a step with no level below keeps none. */
        private final List<Model<?>> distinct;
        /** The distinct records so far, once a row was met twice; until then {@code distinct} needs no check. */
        private Set<Model<?>> reused;
        /** Whether {@link #record} read its row's record just now, so that no other thread can see it yet. */
        private boolean justRead;
        /** Whether the records the step reads are under strict loading. */
        private final boolean strictRows;

        Rows(BoundRelation relation, EagerSelect select, String path, boolean leaf) {
            this.relation = relation;
            this.target = relation.target();
            this.strictRows = strictFor(target);
            this.select = select;
            this.path = path;
            this.inverse = Inverses.manyToOwner(relation);
            // Records that the next level caches more relations on get a cache each anyway.
            this.shareInverse = leaf && inverse != null && inverse.timeToLive() == null;
            this.distinct = leaf ? null : new ArrayList<>();
            // One step's query returns each target row once, except through a join model; so an identity
            // map is needed only there and for models that appear in more than one step (or as the root).
            this.known = select.ownerKeyColumn() || repeated.contains(target) ? identities(target) : null;
        }

        /**
         * Queries the rows of {@code groups}' keys and adds each to its key's group, filling its inverse
         * while the record is at hand rather than in a second pass over all of them.
         */
        void fetch(OwnerGroups groups) {
            Engine engine = Routing.forModel(target.type());
            Dialect dialect = engine.dialect();
            Hydrator<?> hydrator = Hydrator.of(target, dialect);
            ColumnInfo keyColumn = select.keyColumn();
            TypeHandler<?> keyHandler = keyColumn.handlerIn(dialect.types());
            TypeHandler<?> ownerHandler = select.ownerKeyColumn() ? keyHandler : null;
            int ownerIndex = target.columns().size() + 1;
            // A Long key read as a primitive finds its group without boxing, as the record is read (in column
            // order); the record then shares the owner's key object instead of a copy of its own.
            OwnerKeyReader ownerKey = ownerHandler == null && groups.longKeys() && keyHandler == Handlers.LONG
                    ? new OwnerKeyReader(groups) : null;
            int keyIndex = keyColumn.index();
            FieldAccess.ColumnReader[] readers = ownerKey == null ? hydrator.readersForManyRows() : hydrator.readersWith(keyIndex, ownerKey);
            int perStatement = select.keysPerStatement(dialect);
            List<OwnerGroup> all = groups.inOrder();
            for (int from = 0; from < all.size(); from += perStatement) {
                List<OwnerGroup> groupChunk = all.subList(from, Math.min(all.size(), from + perStatement));
                List<Object> chunk = new ArrayList<>(groupChunk.size());
                for (OwnerGroup group : groupChunk) {
                    chunk.add(group.key);
                }
                engine.query(select.render(dialect, chunk), row -> {
                    Model<?> record = record(hydrator, readers, row);
                    OwnerGroup group;
                    Object rowKey = null;
                    if (ownerKey != null) {
                        group = ownerKey.groupOf(row, keyIndex + 1);
                    } else {
                        rowKey = ownerHandler != null ? ownerHandler.read(row, ownerIndex) : keyColumn.get(record);
                        group = groups.get(rowKey);
                    }
                    if (group == null) {
                        // A key the database matched but Java does not (another case under a case-insensitive collation):
                        // dropping the row would leave its owner without it, which a lazy read would give.
                        throw KeyMismatch.unmatched(relation, rowKey != null ? rowKey : keyColumn.get(record), chunk);
                    }
                    group.append(record);
                    if (inverse != null) {
                        fillInverse(record, group);
                    }
                });
            }
        }

        /**
         * Refuses a BelongsTo step that left an owner without its parent while it read a parent whose key differs from
         * the owner's foreign key only as a collation that ignores case, accents or trailing spaces would overlook
         * ({@code 'abc'} beside a parent {@code 'ABC'} that another owner's {@code 'ABC'} matched exactly): the
         * database is asked whether it matches those keys, with one statement, made only when such keys are met.
         */
        void checkParentless(OwnerGroups groups) {
            List<OwnerGroup> all = groups.inOrder();
            boolean parentless = false;
            boolean anyRead = false;
            for (OwnerGroup group : all) {
                if (group.isEmpty()) {
                    parentless = true;
                } else {
                    anyRead = true;
                }
            }
            if (!parentless || !anyRead) {
                return;
            }
            Set<String> readKeys = new HashSet<>();
            for (OwnerGroup group : all) {
                if (!group.isEmpty()) {
                    readKeys.add(KeyMismatch.loose((String) group.key));
                }
            }
            List<Object> suspects = new ArrayList<>();
            for (OwnerGroup group : all) {
                if (group.isEmpty() && readKeys.contains(KeyMismatch.loose((String) group.key))) {
                    suspects.add(group.key);
                }
            }
            Engine engine = Routing.forModel(target.type());
            Dialect dialect = engine.dialect();
            Hydrator<?> hydrator = Hydrator.of(target, dialect);
            int perStatement = select.keysPerStatement(dialect);
            for (int from = 0; from < suspects.size(); from += perStatement) {
                List<Object> chunk = suspects.subList(from, Math.min(suspects.size(), from + perStatement));
                engine.query(select.render(dialect, chunk), row -> {
                    throw KeyMismatch.unmatched(relation, select.keyColumn().get(read(hydrator, null, row)), chunk);
                });
            }
        }

        /**
         * Caches the group's owner as {@code record}'s inverse: a record just read shares the group's state that
         * holds it, so that an eager step makes no relation cache per row.
         */
        private void fillInverse(Model<?> record, OwnerGroup group) {
            if (justRead && shareInverse) {
                if (group.sharedInverse == null) {
                    group.sharedInverse = RecordStates.sharedRelation(inverse.name(), group.owner);
                }
                if (RecordStates.shareRelation(record, group.sharedInverse)) {
                    return;
                }
            }
            Inverses.fill(inverse, record, group.owner);
        }

        /** The row's record: a new one read with {@code readers} (or the hydrator's own when null), or one met before. */
        private Model<?> record(Hydrator<?> hydrator, FieldAccess.ColumnReader[] readers, ResultSet row) throws SQLException {
            justRead = true;
            if (known == null) {
                return added(read(hydrator, readers, row));
            }
            Object key = hydrator.key(row);
            Model<?> record = known.get(key);
            if (record == null) {
                record = added(read(hydrator, readers, row));
                known.put(key, record);
                if (reused != null) {
                    reused.add(record);
                }
            } else {
                justRead = false;
                if (distinct == null) {
                    return record;
                }
                if (reused == null) {
                    reused = Collections.newSetFromMap(new IdentityHashMap<>());
                    reused.addAll(distinct);
                }
                if (reused.add(record)) {
                    distinct.add(record);
                }
            }
            return record;
        }

        private static Model<?> read(Hydrator<?> hydrator, FieldAccess.ColumnReader[] readers, ResultSet row) throws SQLException {
            return (Model<?>) hydrator.read(row, readers);
        }

        /** A record read for the first time in this load. */
        private Model<?> added(Model<?> record) {
            if (distinct != null) {
                distinct.add(record);
            }
            if (strictRows) {
                RecordStates.relations(record).strict(path, true);
            }
            return record;
        }
    }
}
