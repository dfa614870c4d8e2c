package org.activerecord4j.internal.load;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.RelationNotFoundException;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ModelRelations;

/** Resolves an eager-loading path such as {@code "posts.comments.author"} to its relations, before any SQL. */
public final class EagerPaths {

    private EagerPaths() {
    }

    /**
     * Resolves {@code path} from {@code root}.
     *
     * @param root the model of the query
     * @param path relation names separated by dots
     * @return the relations, one per segment
     * @throws RelationNotFoundException when the path is empty, has an empty segment or names a relation
     *     that does not exist; the message names the model, the bad segment and the relations there
     */
    public static List<BoundRelation> resolve(ModelInfo<?> root, String path) {
        if (path == null || path.isEmpty()) {
            throw invalid(root, path, root, "the path is empty");
        }
        String[] segments = path.split("\\.", -1);
        List<BoundRelation> steps = new ArrayList<>(segments.length);
        ModelInfo<?> model = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                String why = i == 0 ? "leading dot" : i == segments.length - 1 ? "trailing dot" : "two dots in a row";
                throw invalid(root, path, model, "empty relation name (" + why + ")");
            }
            BoundRelation relation = ModelRelations.of(model.type()).namedOrNull(segment);
            if (relation == null) {
                throw invalid(root, path, model, model.name() + " has no relation \"" + segment + "\"");
            }
            steps.add(relation);
            model = relation.target();
        }
        return steps;
    }

    private static RelationNotFoundException invalid(ModelInfo<?> root, String path, ModelInfo<?> at, String problem) {
        return new RelationNotFoundException("Invalid eager-loading path " + (path == null ? "null" : "\"" + path + "\"")
                + " on " + root.name() + ": " + problem + "; relations of " + at.name() + ": "
                + ModelRelations.of(at.type()).names());
    }
}
