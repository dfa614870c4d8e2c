package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.activerecord4j.cli.generate.RelationFlags;
import org.activerecord4j.cli.generate.RelationQuestions;
import org.activerecord4j.cli.generate.RelationRequest;
import org.activerecord4j.cli.prompt.Interview;
import org.activerecord4j.cli.prompt.StreamPrompter;
import org.activerecord4j.cli.source.SourceTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: on a self-referential relation the inverse lives on the same model as the relation, and the inverse
 * question took (and offered as its default) the relation's own name ({@code user} for User has_one User); the
 * interview went on and only the plan refused it ("this generation would add two fields named 'user'"), so the
 * user had to answer every question again instead of being asked again, as README promises.
 */
class InteractiveSelfReferenceTest {

    @TempDir
    Path directory;

    @Test
    void selfReferentialHasOne_inverseNamedLikeTheRelation_isAskedAgain() {
        TestProject project = new TestProject(directory).withUserAndOrder();
        StringWriter screen = new StringWriter();
        BufferedReader answers = new BufferedReader(new StringReader("User\nhas_one\nUser\nmentor_id\n\nmentee\n\n"));

        RelationRequest request = new RelationQuestions(SourceTree.read(project.sources()),
                new Interview(new StreamPrompter(answers, new PrintWriter(screen))))
                .ask(new RelationFlags(null, null, null, null, null, null, null, null, null, null, List.of()));

        assertThat(request.name()).isEqualTo("user");
        assertThat(request.inverse()).isEqualTo("mentee");
        assertThat(screen.toString()).endsWith("Inverse relation on User, or none [user]: The inverse 'user' (--inverse) is "
                + "the name of the relation itself (--name), and both would be fields of User; choose another name, or none\n"
                + "Inverse relation on User, or none [user]: Sync or async [sync]: ");
    }
}
