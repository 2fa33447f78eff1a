package org.parley.web.pages.documents;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.ParleyCore;
import org.parley.core.ParleyWorkflows;
import org.parley.core.access.Roles;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentAccess;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.documents.NewClassification;
import org.parley.core.documents.NewDocument;
import org.parley.core.documents.Upload;
import org.parley.core.documents.Visibility;
import org.parley.core.release.ReleaseOrder;
import org.parley.core.release.ReleasePreview;
import org.parley.core.release.ReleaseReport;
import org.parley.core.release.ReleaseTarget;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.web.RouteModule;
import org.parley.web.pages.Form;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;
import org.parley.web.system.Requests;

/**
 * Documents in the pages: uploading (a new document or version, with its export classification),
 * the document page, and the release dialog, whose preview runs the release gate without releasing
 * (as an htmx fragment, or as a whole page without scripts) before the release itself. Only those the
 * platform lets upload, classify or release see the forms; posting them otherwise is a 403 page.
 * Thread-safe.
 */
public final class DocumentPages implements RouteModule {

    private final ParleyWorkflows workflows;
    private final Pages pages;
    private final DocumentViews views;

    public DocumentPages(ParleyCore core, ParleyWorkflows workflows, Pages pages) {
        this.workflows = workflows;
        this.pages = pages;
        this.views = new DocumentViews(core, workflows);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/groups/{groupId}/documents", this::create, PageAccess.SIGNED_IN);
        routes.get("/documents/{documentId}", this::document, PageAccess.SIGNED_IN);
        routes.post("/documents/{documentId}/versions", this::addVersion, PageAccess.SIGNED_IN);
        routes.post("/versions/{versionId}/classification", this::classify, PageAccess.SIGNED_IN);
        routes.post("/versions/{versionId}/preview", this::preview, PageAccess.SIGNED_IN);
        routes.post("/versions/{versionId}/releases", this::release, PageAccess.SIGNED_IN);
    }

    private void create(Context ctx) {
        Actor actor = actor(ctx);
        long groupId = Requests.id(ctx, "groupId");
        Roles roles = views.roles(actor, groupId);
        long ownerSideId = new Form(ctx).id("ownerSideId");
        if (!roles.administrator() && !roles.onSide(ownerSideId)) {
            throw new ForbiddenException("only members of a side upload its documents");
        }
        pages.submit(ctx, "/groups/" + groupId + "#documents", form -> {
            // Everything is checked before the document is created, so a refused upload stores nothing.
            Upload upload = UploadForm.file(ctx, form);
            NewClassification classification = UploadForm.classification(form);
            var entered = new NewDocument(form.text("title"), ownerSideId, form.choice("visibility", Visibility.class));
            DocumentVersion version =
                    workflows.documents().createClassified(actor, groupId, entered, upload, classification);
            return new Pages.Done("/documents/" + version.documentId(), "document.flash.uploaded");
        });
    }

    private void document(Context ctx) {
        Actor actor = actor(ctx);
        long releaseId = Requests.query(ctx, "release", 0, 0, Long.MAX_VALUE);
        show(ctx, views.page(actor, Requests.id(ctx, "documentId"), releaseId));
    }

    private void show(Context ctx, DocumentView view) {
        pages.render(
                ctx,
                "documents/document.jte",
                view,
                "document.pageTitle",
                view.document().title());
    }

    private void addVersion(Context ctx) {
        Actor actor = actor(ctx);
        Document document = workflows.documents().document(actor, Requests.id(ctx, "documentId"));
        requireManager(actor, document);
        String back = "/documents/" + document.id();
        pages.submit(ctx, back + "#versions", form -> {
            Upload upload = UploadForm.file(ctx, form);
            NewClassification classification = UploadForm.classification(form);
            workflows.documents().addClassifiedVersion(actor, document.id(), upload, classification);
            return new Pages.Done(back, "document.flash.versionAdded");
        });
    }

    private void classify(Context ctx) {
        Actor actor = actor(ctx);
        DocumentVersion version = workflows.documents().version(actor, Requests.id(ctx, "versionId"));
        Document document = workflows.documents().document(actor, version.documentId());
        if (!DocumentAccess.canClassify(views.roles(actor, document.groupId()), document)) {
            throw new ForbiddenException("only the group's compliance officers and the document's owner classify it");
        }
        String back = "/documents/" + document.id();
        pages.submit(ctx, back + "#versions", form -> {
            workflows.documents().classify(actor, version.id(), UploadForm.classification(form));
            return new Pages.Done(back, "document.flash.classified");
        });
    }

    /** Runs the gate over the chosen recipients without releasing; answers with the dialog's preview. */
    private void preview(Context ctx) {
        Actor actor = actor(ctx);
        Form form = new Form(ctx);
        DocumentView view = views.page(actor, documentOf(actor, ctx), 0);
        ReleaseDialog dialog = requireDialog(view, Requests.id(ctx, "versionId"))
                .choosing(chosen(form), form.text("licenceNumber"), form.checked("conditionsMet"));
        ReleasePreview preview = null;
        String problem = null;
        try {
            preview = workflows.releases().preview(actor, order(dialog));
        } catch (ValidationException | ConflictException refused) {
            problem = refused.getMessage();
        }
        dialog = dialog.with(preview, problem);
        if (ctx.header("HX-Request") != null && ctx.header("HX-Boosted") == null) {
            pages.renderFragment(ctx, "documents/preview.jte", dialog);
            return;
        }
        show(ctx, view.withDialog(dialog));
    }

    /** Releases to the recipients the preview showed; the page then shows who received it and who not. */
    private void release(Context ctx) {
        Actor actor = actor(ctx);
        long documentId = documentOf(actor, ctx);
        DocumentView view = views.page(actor, documentId, 0);
        ReleaseDialog dialog = requireDialog(view, Requests.id(ctx, "versionId"));
        String back = "/documents/" + documentId;
        pages.submit(ctx, back + "#release", form -> {
            ReleaseDialog chosen =
                    dialog.choosing(chosen(form), form.text("licenceNumber"), form.checked("conditionsMet"));
            ReleaseReport report = workflows.releases().release(actor, order(chosen));
            return new Pages.Done(
                    back + "?release=" + report.releaseId() + "#release-result", "document.flash.released");
        });
    }

    private long documentOf(Actor actor, Context ctx) {
        return workflows
                .documents()
                .version(actor, Requests.id(ctx, "versionId"))
                .documentId();
    }

    /** The dialog of the version asked for; only those who may release the document have one. */
    private static ReleaseDialog requireDialog(DocumentView view, long versionId) {
        if (!view.mayManage()) {
            throw new ForbiddenException("only the owning side's members release document "
                    + view.document().id());
        }
        if (view.dialog() == null || view.dialog().version().id() != versionId) {
            throw ValidationException.of(
                    "versionId",
                    "only the newest classified version of '" + view.document().title() + "' is released");
        }
        return view.dialog();
    }

    private void requireManager(Actor actor, Document document) {
        if (!DocumentAccess.canManage(views.roles(actor, document.groupId()), document)) {
            throw new ForbiddenException("only the owning side's members add versions of document " + document.id());
        }
    }

    private static ReleaseOrder order(ReleaseDialog dialog) {
        return new ReleaseOrder(
                dialog.version().id(),
                new ReleaseTarget.People(dialog.chosen()),
                dialog.licenceNumber(),
                dialog.conditionsMet(),
                null);
    }

    /** The ticked recipients, in the order of the form. */
    private static List<Long> chosen(Form form) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : form.texts("memberId")) {
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw ValidationException.of("memberId", "is not a whole number: " + value);
            }
        }
        return List.copyOf(ids);
    }

    private Actor actor(Context ctx) {
        return pages.viewer(ctx).actor();
    }
}
