package org.parley.web.pages.documents;

import java.util.List;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentVersion;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;

/**
 * A document's page: its versions with their classification, the release ledger (for those who may
 * read it), the outcome of a release just made, and the forms the viewer may use. Immutable.
 *
 * @param ledger the document's release ledger, newest first, or null when the viewer may not read it
 * @param result the ledger rows of the release just made, or empty
 * @param dialog the release dialog for the newest classified version, or null when the viewer may not
 *     release or no version is classified yet
 */
public record DocumentView(
        Document document,
        String groupName,
        String ownerSideName,
        List<VersionRow> versions,
        List<LedgerRow> ledger,
        List<LedgerRow> result,
        boolean mayManage,
        boolean mayClassify,
        ReleaseDialog dialog,
        List<ItemKind> itemKinds,
        List<PublicStatus> publicStatuses) {

    public DocumentView {
        versions = List.copyOf(versions);
        ledger = ledger == null ? null : List.copyOf(ledger);
        result = List.copyOf(result);
    }

    /** One version and the name of the person who uploaded it. */
    public record VersionRow(DocumentVersion version, String uploadedBy) {}

    /** The same page with this state of the release dialog. */
    DocumentView withDialog(ReleaseDialog dialog) {
        return new DocumentView(
                document,
                groupName,
                ownerSideName,
                versions,
                ledger,
                result,
                mayManage,
                mayClassify,
                dialog,
                itemKinds,
                publicStatuses);
    }

    public boolean ledgerVisible() {
        return ledger != null;
    }

    public List<LedgerRow> released() {
        return result.stream().filter(row -> row.entry().delivered()).toList();
    }

    public List<LedgerRow> withheld() {
        return result.stream().filter(row -> !row.entry().delivered()).toList();
    }

    /** The download route of the release gate, which hands content only to recorded recipients. */
    public String downloadPath(DocumentVersion version) {
        return "/api/v1/versions/" + version.id() + "/content";
    }

    public String maxUploadMegabytes() {
        return UploadForm.megabytes(UploadForm.MAX_BYTES);
    }
}
