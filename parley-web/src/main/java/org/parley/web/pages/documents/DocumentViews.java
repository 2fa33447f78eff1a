package org.parley.web.pages.documents;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.core.ParleyCore;
import org.parley.core.ParleyWorkflows;
import org.parley.core.access.Roles;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentAccess;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.documents.Visibility;
import org.parley.core.groups.Side;
import org.parley.core.members.Member;
import org.parley.core.members.MemberStatus;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;
import org.parley.web.pages.People;

/** Reads what a document's page shows, as the platform lets the viewer see it. Thread-safe. */
final class DocumentViews {

    private final ParleyCore core;
    private final ParleyWorkflows workflows;

    DocumentViews(ParleyCore core, ParleyWorkflows workflows) {
        this.core = core;
        this.workflows = workflows;
    }

    Roles roles(Actor actor, long groupId) {
        return core.groups().roles(actor, groupId);
    }

    /** The page of a document; {@code releaseId} (0 for none) names a release whose outcome to show. */
    DocumentView page(Actor actor, long documentId, long releaseId) {
        Document document = workflows.documents().document(actor, documentId);
        long groupId = document.groupId();
        Roles roles = roles(actor, groupId);
        Map<Long, String> sideNames =
                core.groups().sides(actor, groupId).stream().collect(Collectors.toMap(Side::id, Side::name));
        People people = new People(core.accounts());
        List<DocumentVersion> versions = workflows.documents().versions(actor, documentId);
        List<LedgerRow> ledger = ledger(actor, documentId, people);
        List<LedgerRow> result = ledger == null || releaseId == 0
                ? List.of()
                : ledger.stream()
                        .filter(row -> row.entry().releaseId() == releaseId)
                        .sorted(Comparator.comparingLong(row -> row.entry().id()))
                        .toList();
        boolean mayManage = DocumentAccess.canManage(roles, document);
        return new DocumentView(
                document,
                core.groups().group(actor, groupId).name(),
                sideNames.getOrDefault(document.ownerSideId(), ""),
                versions.stream()
                        .map(version -> new DocumentView.VersionRow(version, people.name(version.uploadedBy())))
                        .toList(),
                ledger,
                result,
                mayManage,
                DocumentAccess.canClassify(roles, document),
                mayManage ? dialog(actor, document, versions, sideNames) : null,
                Arrays.asList(ItemKind.values()),
                Arrays.asList(PublicStatus.values()));
    }

    /** The document's ledger, or null when the viewer may not read it. */
    private List<LedgerRow> ledger(Actor actor, long documentId, People people) {
        try {
            return workflows.ledger().ofDocument(actor, documentId).stream()
                    .map(entry -> LedgerRow.of(entry, people.nameOfLabel(entry.releasedBy())))
                    .toList();
        } catch (ForbiddenException notForThisViewer) {
            return null;
        }
    }

    /** The dialog for the newest classified version, offering every current member (caucus: own side). */
    private ReleaseDialog dialog(
            Actor actor, Document document, List<DocumentVersion> versions, Map<Long, String> sideNames) {
        DocumentVersion releasable = versions.reversed().stream()
                .filter(DocumentVersion::classified)
                .findFirst()
                .orElse(null);
        if (releasable == null) {
            return null;
        }
        List<ReleaseDialog.Candidate> candidates = core.members().members(actor, document.groupId()).stream()
                .filter(member -> member.status() == MemberStatus.ACTIVE || member.status() == MemberStatus.ON_HOLD)
                .filter(member ->
                        document.visibility() == Visibility.JOINT || member.sideId() == document.ownerSideId())
                .sorted(Comparator.comparing((Member member) -> sideNames.getOrDefault(member.sideId(), ""))
                        .thenComparing(Member::fullName))
                .map(member -> new ReleaseDialog.Candidate(member, sideNames.getOrDefault(member.sideId(), "")))
                .toList();
        return new ReleaseDialog(releasable, candidates, List.of(), null, false, null, null);
    }
}
