package org.parley.web.pages.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.core.ParleyWorkflows;
import org.parley.core.access.Roles;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.groups.Side;
import org.parley.core.system.Actor;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;

/**
 * The documents section of a group's page: each document the viewer may see with its newest
 * version, and the sides the viewer may upload for (none: no upload form). Immutable.
 */
public record GroupDocuments(
        List<Row> rows, List<Side> uploadSides, List<ItemKind> itemKinds, List<PublicStatus> publicStatuses) {

    public GroupDocuments {
        rows = List.copyOf(rows);
        uploadSides = List.copyOf(uploadSides);
    }

    /** A document and its newest version, or null when it has none yet. */
    public record Row(Document document, DocumentVersion latest) {}

    /** The section for {@code actor}, whose roles in the group are {@code roles}. */
    public static GroupDocuments of(
            ParleyWorkflows workflows, Actor actor, long groupId, Roles roles, List<Side> sides) {
        Map<Long, DocumentVersion> newest = workflows.documents().newestVersions(actor, groupId);
        List<Row> rows = workflows.documents().documents(actor, groupId).stream()
                .map(document -> new Row(document, newest.get(document.id())))
                .toList();
        List<Side> uploadSides = sides.stream()
                .filter(side -> roles.administrator() || roles.onSide(side.id()))
                .toList();
        return new GroupDocuments(
                rows, uploadSides, Arrays.asList(ItemKind.values()), Arrays.asList(PublicStatus.values()));
    }

    public boolean mayUpload() {
        return !uploadSides.isEmpty();
    }

    public String maxUploadMegabytes() {
        return UploadForm.megabytes(UploadForm.MAX_BYTES);
    }
}
