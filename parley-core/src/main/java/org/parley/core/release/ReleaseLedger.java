package org.parley.core.release;

import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentAccess;
import org.parley.core.documents.DocumentRepository;
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

    /**
     * One document's ledger, newest first: for the group's compliance officers and administrators,
     * and for the owning side's members, who release it and are shown each decision as they do.
     */
    public List<LedgerEntry> ofDocument(Actor actor, long documentId) {
        return jdbi.withHandle(handle -> {
            Document document = DocumentRepository.document(handle, documentId);
            Roles roles = Access.rolesOf(handle, actor, document.groupId());
            if (!DocumentAccess.canManage(roles, document)) {
                requireOfficer(roles);
            }
            return handle.attach(LedgerDao.class).ofDocument(documentId);
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
