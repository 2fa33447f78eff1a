package org.parley.core.organisations;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.parley.core.access.Access;
import org.parley.core.access.Role;
import org.parley.core.audit.AuditLog;
import org.parley.core.audit.Subject;
import org.parley.core.system.Actor;
import org.parley.core.system.FieldChecks;

/**
 * The owners of member organisations, recorded by the group's compliance officers so that releases
 * and re-screening screen them too. Audited. Thread-safe.
 */
public final class OwnershipService {

    private final Jdbi jdbi;
    private final AuditLog audit;

    public OwnershipService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Replaces the recorded owners of {@code organisation} (as spelled in member records). */
    public List<OwnerShare> setOwners(Actor actor, long groupId, String organisation, List<OwnerShare> owners) {
        FieldChecks checks =
                new FieldChecks().text("organisation", organisation, 300).present("owners", owners);
        for (int i = 0; owners != null && i < owners.size(); i++) {
            OwnerShare owner = owners.get(i);
            checks.text("owners[" + i + "].ownerName", owner.ownerName(), 300)
                    .check(
                            owner.percent() > 0 && owner.percent() <= 100,
                            "owners[" + i + "].percent",
                            "must be more than 0 and at most 100");
        }
        checks.check(
                        owners == null
                                || owners.stream()
                                                .mapToDouble(OwnerShare::percent)
                                                .sum()
                                        <= 100.0001,
                        "owners",
                        "shares add up to more than 100 %")
                .orThrow();
        return jdbi.inTransaction(handle -> {
            Access.require(
                    Access.rolesOf(handle, actor, groupId).has(Role.COMPLIANCE_OFFICER),
                    "only the group's compliance officers record organisation owners");
            handle.createUpdate("DELETE FROM organisation_owners WHERE group_id = :groupId AND organisation = :name")
                    .bind("groupId", groupId)
                    .bind("name", organisation)
                    .execute();
            for (OwnerShare owner : owners) {
                handle.createUpdate("INSERT INTO organisation_owners (group_id, organisation, owner_name, percent)"
                                + " VALUES (:groupId, :name, :owner, :percent)")
                        .bind("groupId", groupId)
                        .bind("name", organisation)
                        .bind("owner", owner.ownerName().strip())
                        .bind("percent", owner.percent())
                        .execute();
            }
            audit.append(
                    handle,
                    actor,
                    "organisation.owners-set",
                    Subject.of("group", groupId),
                    AuditLog.details(
                            "organisation",
                            organisation,
                            "owners",
                            owners.stream()
                                    .map(o -> o.ownerName() + " " + o.percent() + "%")
                                    .toList()));
            return OrganisationOwners.of(handle, groupId, organisation);
        });
    }

    public List<OwnerShare> owners(Actor actor, long groupId, String organisation) {
        return jdbi.withHandle(handle -> {
            Access.readable(handle, actor, groupId);
            return OrganisationOwners.of(handle, groupId, organisation);
        });
    }
}
