package org.parley.core.organisations;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads recorded owners within the caller's handle; for the release gate and re-screening. Stateless. */
public final class OrganisationOwners {

    /** One recorded owner of a group's member organisation. */
    public record Row(long groupId, String organisation, String ownerName, double percent) {}

    private OrganisationOwners() {}

    public static List<OwnerShare> of(Handle handle, long groupId, String organisation) {
        return handle.createQuery(
                        "SELECT owner_name, percent FROM organisation_owners"
                                + " WHERE group_id = :groupId AND organisation = :organisation ORDER BY percent DESC, owner_name")
                .bind("groupId", groupId)
                .bind("organisation", organisation)
                .mapTo(OwnerShare.class)
                .list();
    }

    /** Every recorded owner of every group. */
    public static List<Row> all(Handle handle) {
        return handle.createQuery("SELECT group_id, organisation, owner_name, percent FROM organisation_owners"
                        + " ORDER BY group_id, organisation, owner_name")
                .mapTo(Row.class)
                .list();
    }
}
