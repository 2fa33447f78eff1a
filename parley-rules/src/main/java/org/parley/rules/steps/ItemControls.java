package org.parley.rules.steps;

import java.util.ArrayList;
import java.util.List;
import org.parley.rules.regulation.Applicability;
import org.parley.rules.regulation.Control;
import org.parley.rules.regulation.EccnControls;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.Eccn;
import org.parley.rules.request.InvalidRequestException;

/**
 * The CCL licence-requirement rows that cover the released item (its ECCN paragraph and the item it
 * is for). Immutable.
 */
record ItemControls(Eccn eccn, Eccn forEccn, List<Covered> covered) {

    /** A row of the ECCN and how surely it covers the item. */
    record Covered(Control control, Applicability applicability) {}

    static ItemControls of(DecisionRequest.Item item, EccnControls table) {
        Eccn eccn = item.eccn();
        requireListed("item.eccn", eccn, table);
        if (item.forEccn() != null) {
            requireListed("item.forEccn", item.forEccn(), table);
        }
        List<Covered> covered = new ArrayList<>();
        if (!eccn.isEar99()) {
            for (Control control : table.of(eccn.head()).orElseThrow()) {
                Applicability applicability = control.scope().covers(eccn, item.forEccn());
                if (applicability.applies()) {
                    covered.add(new Covered(control, applicability));
                }
            }
        }
        return new ItemControls(eccn, item.forEccn(), List.copyOf(covered));
    }

    /** On the CCL (anything but EAR99). */
    boolean onCcl() {
        return !eccn.isEar99();
    }

    /** Controlled on the CCL for anti-terrorism reasons only (every covering row is AT). */
    boolean antiTerrorismOnly() {
        return onCcl()
                && !covered.isEmpty()
                && covered.stream().allMatch(c -> c.control().reason().equals("AT"));
    }

    /** "EAR99", "5E002 for 5A002.a", … for trace lines. */
    String describe() {
        return forEccn == null ? eccn.toString() : eccn + " for " + forEccn;
    }

    private static void requireListed(String field, Eccn eccn, EccnControls table) {
        if (!eccn.isEar99() && !table.contains(eccn.head())) {
            throw new InvalidRequestException(field, eccn.head() + " is not an entry of the Commerce Control List");
        }
    }
}
