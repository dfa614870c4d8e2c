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
 * Regression: README says "An answer that will not do is asked again with the choices", but an inverse name that
 * is already a column field of the target ({@code name} on User) was taken, the interview went on, and only the
 * plan refused it ("Conflict: User ... already has a field named 'name'"), so the user had to answer every
 * question again.
 */
class InteractiveClashTest {

    @TempDir
    Path directory;

    @Test
    void inverseNamedLikeAColumnFieldOfTheTarget_isAskedAgain() {
        TestProject project = new TestProject(directory).withUserAndOrder();
        StringWriter screen = new StringWriter();
        BufferedReader answers = new BufferedReader(new StringReader("Order\nbelongs_to\nUser\n\nname\norders\n\n"));

        RelationRequest request = new RelationQuestions(SourceTree.read(project.sources()),
                new Interview(new StreamPrompter(answers, new PrintWriter(screen))))
                .ask(new RelationFlags(null, null, null, null, null, null, null, null, null, null, List.of()));

        assertThat(request.inverse()).isEqualTo("orders");
        assertThat(screen.toString()).endsWith("Inverse relation on User, or none [orders]: User (" + project.model("User")
                + ") already has a field named 'name' that is not a relation; choose another name, or none\n"
                + "Inverse relation on User, or none [orders]: Sync or async [sync]: ");
    }
}
