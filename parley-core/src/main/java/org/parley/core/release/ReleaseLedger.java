package org.parley.core.release;

import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.system.Actor;

/** Reads the release ledger: for a group's compliance officers and administrators. Thread-safe. */
public final class ReleaseLedger {

    private final Jdbi jdbi;

    public ReleaseLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The group's ledger, newest first. */
    public List<LedgerEntry> entries(Actor actor, long groupId) {
        return jdbi.withHandle(handle -> {
            requireOfficer(Access.rolesOf(handle, actor, groupId));
            return handle.attach(LedgerDao.class).ofGroup(groupId);
        });
    }

    /** The group's withheld releases, newest first. */
    public List<LedgerEntry> withheld(Actor actor, long groupId) {
        return entries(actor, groupId).stream()
                .filter(entry -> !entry.delivered())
                .toList();
    }

    /** Every row of every group, oldest first, for exports by the operators (CLI). */
    public void forEach(Consumer<LedgerEntry> consumer) {
        jdbi.useHandle(handle -> {
            try (var rows = handle.attach(LedgerDao.class).all()) {
                rows.forEach(consumer);
            }
        });
    }

    static void requireOfficer(Roles roles) {
        Access.require(
                roles.administrator() || roles.has(Role.COMPLIANCE_OFFICER),
                "only the group's compliance officers and administrators read the release ledger");
    }
}
