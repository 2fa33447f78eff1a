package org.parley.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.web.Route;
import org.parley.web.access.MatrixClient.Answer;
import org.parley.web.testing.NodePerTest;

/**
 * Every route of a complete node, API and pages, tried by every kind of caller against the explicit
 * table in {@link AccessTable}: those the table allows get past authentication and authorization
 * (2xx, a redirect that is not a refusal, or 400/409 for a request the platform then turns down),
 * everyone else is refused (401, 403, the sign-in redirect, a refusal notice), and nobody ever gets a
 * server error. A route without a row fails the test.
 */
class AccessMatrixTest extends NodePerTest {

    @Test
    void everyRegisteredRouteHasExactlyOneRowAndEveryRowARoute() {
        TreeSet<String> registered = new TreeSet<>();
        node.server().routes().stream().map(Route::toString).forEach(registered::add);
        List<String> rows = AccessTable.ROWS.stream().map(AccessRow::route).toList();

        assertThat(new TreeSet<>(rows))
                .as("routes without a row in AccessTable (add one saying who may use the route)")
                .containsAll(registered);
        assertThat(registered)
                .as("rows in AccessTable for routes the node no longer has")
                .containsAll(rows);
        assertThat(rows).as("routes with more than one row").doesNotHaveDuplicates();
    }

    @Test
    void everyCallerGetsExactlyTheAccessTheTableGivesAndNeverAServerError() {
        AccessFixture fixture = new AccessFixture(node);
        Map<String, String> ids = fixture.ids();
        MatrixClient client = new MatrixClient(node.server().port(), fixture);
        List<String> mismatches = new ArrayList<>();

        for (AccessRow row : AccessTable.ROWS) {
            // The refused callers go first, so that no change an allowed caller makes can mask a refusal.
            Stream.concat(
                            Who.ANYONE.stream().filter(who -> !row.allowed().contains(who)),
                            Who.ANYONE.stream().filter(row.allowed()::contains))
                    .forEach(who -> {
                        Answer answer = client.send(who, row.method(), row.concretePath(ids), row.body(), ids);
                        Verdict expected = row.allowed().contains(who) ? Verdict.PASSED : Verdict.REFUSED;
                        Verdict actual = Verdict.of(answer, row.notFoundPasses());
                        if (actual != expected) {
                            mismatches.add(describe(row, who, expected, answer));
                        }
                    });
        }

        assertThat(mismatches)
                .as("callers whose answer contradicts AccessTable")
                .isEmpty();
    }

    private static String describe(AccessRow row, Who who, Verdict expected, Answer answer) {
        String body = answer.body().length() > 160 ? answer.body().substring(0, 160) + "…" : answer.body();
        return row.route() + " as " + who + ": expected " + expected + ", got " + answer.status()
                + (answer.location() == null ? "" : " -> " + answer.location())
                + (answer.flash().isEmpty() ? "" : " [" + answer.flash() + "]") + " " + body.replace('\n', ' ');
    }
}
