package org.parley.core.documents;

import org.parley.core.access.Role;
import org.parley.core.access.Roles;

/** Who may see, change and classify a document. Stateless. */
public final class DocumentAccess {

    private DocumentAccess() {}

    /** Joint documents: every member; caucus documents: the owning side's members. Administrators see all. */
    public static boolean canSee(Roles roles, Document document) {
        return roles.administrator()
                || (document.visibility() == Visibility.JOINT
                        ? roles.isMember()
                        : roles.onSide(document.ownerSideId()));
    }

    /** The owning side's members (and administrators) add versions, delete and release. */
    public static boolean canManage(Roles roles, Document document) {
        return roles.administrator() || roles.onSide(document.ownerSideId());
    }

    /** A compliance officer of the group, or the document's owner (its creator). */
    public static boolean canClassify(Roles roles, Document document) {
        return roles.has(Role.COMPLIANCE_OFFICER) || (roles.userId() != null && roles.userId() == document.createdBy());
    }
}
