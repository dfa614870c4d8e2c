package org.activerecord4j.internal.load;

import java.time.Duration;
import java.util.List;
import org.activerecord4j.Model;
import org.activerecord4j.StrictLoadingViolationException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;

/**
 * Strict loading: which records are under it, and the check before a lazy load. A record from a
 * multi-row query may not load a relation lazily; one loaded alone may, and the rows a to-many lazy
 * load reads are themselves from a multi-row query.
 */
public final class StrictLoads {

    private StrictLoads() {
    }

    /**
     * Decides whether a query's records are under strict loading: the query's own setting, else the
     * model's ({@code @StrictLoading}), else the database's.
     *
     * @param queryFlag the query's setting, or null
     * @param model the query's model
     * @param engine the database the query runs on
     * @return true when strict
     */
    public static boolean resolve(Boolean queryFlag, ModelInfo<?> model, Engine engine) {
        if (queryFlag != null) {
            return queryFlag;
        }
        Boolean modelFlag = model.strictLoading();
        return modelFlag != null ? modelFlag : engine.strictLoading();
    }

    /**
     * Puts records just read by a query under strict loading.
     *
     * @param records the records
     * @param path their relation path from the query that loaded them ({@code ""} for its own rows)
     * @param multiRow whether they came from a multi-row query
     */
    public static void mark(List<? extends Model<?>> records, String path, boolean multiRow) {
        for (Model<?> record : records) {
            RecordStates.relations(record).strict(path, multiRow);
        }
    }

    /** Throws when {@code owner} (its relation cache, if any) may not load {@code relation} lazily. */
    static void checkLazyLoad(RelationCache owner, BoundRelation relation) {
        if (owner != null && owner.lazyLoadForbidden()) {
            String model = relation.owner().name();
            throw new StrictLoadingViolationException("Strict loading: " + model + "." + relation.name()
                    + " would be loaded lazily, once per " + model + " of a multi-row query (N+1); add with(\""
                    + pathBelow(owner, relation) + "\") to the query that read the " + model + " records"
                    + cachePolicy(relation));
        }
    }

    /**
     * Why {@code with(...)} may not be enough for a relation that is not cached for ever: what it loads answers
     * only the first read ({@code cache(false)}) or the reads within the time to live, so a later read loads lazily.
     */
    private static String cachePolicy(BoundRelation relation) {
        Duration timeToLive = relation.timeToLive();
        if (timeToLive == null) {
            return "";
        }
        if (timeToLive.isZero()) {
            return "; " + relation + " is cache(false), so what with(...) loads answers only its first read on each record, "
                    + "and the reads after it query: keep what the first read returned";
        }
        return "; " + relation + " is cache(" + timeToLive + "), so what with(...) loads answers its reads for that long "
                + "only, and the reads after it query";
    }

    /** Marks what a lazy load of {@code relation} on a strict {@code owner} read. */
    static void markLazyLoaded(RelationCache owner, BoundRelation relation, List<? extends Model<?>> loaded) {
        if (owner != null && owner.strictPath() != null) {
            mark(loaded, pathBelow(owner, relation), relation.kind().toMany());
        }
    }

    private static String pathBelow(RelationCache owner, BoundRelation relation) {
        String path = owner.strictPath();
        return path == null || path.isEmpty() ? relation.name() : path + "." + relation.name();
    }
}
