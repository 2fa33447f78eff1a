package org.parley.web.documents;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.documents.DocumentService;
import org.parley.core.documents.NewClassification;
import org.parley.core.documents.NewDocument;
import org.parley.core.documents.Upload;
import org.parley.core.documents.Visibility;
import org.parley.core.system.FieldChecks;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * Documents: creation by a side, version uploads (the request body is the file), export
 * classification and deletion. Releasing and downloading are in {@link ReleaseApi}. Thread-safe.
 */
public final class DocumentApi implements RouteModule {

    private final DocumentService documents;

    public DocumentApi(DocumentService documents) {
        this.documents = documents;
    }

    /** Body of {@code POST /api/v1/groups/{groupId}/documents}. */
    public record NewDocumentBody(String title, Long ownerSideId, Visibility visibility) {}

    /** Body of {@code POST .../deletion}. */
    public record Deletion(String reason) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/groups/{groupId}/documents",
                ctx -> ctx.json(documents.documents(actor(ctx), Requests.id(ctx, "groupId"))));
        routes.post("/api/v1/groups/{groupId}/documents", this::create);
        routes.get(
                "/api/v1/documents/{documentId}",
                ctx -> ctx.json(documents.document(actor(ctx), Requests.id(ctx, "documentId"))));
        routes.post("/api/v1/documents/{documentId}/deletion", this::delete);
        routes.get(
                "/api/v1/documents/{documentId}/versions",
                ctx -> ctx.json(documents.versions(actor(ctx), Requests.id(ctx, "documentId"))));
        routes.post("/api/v1/documents/{documentId}/versions", this::upload);
        routes.get(
                "/api/v1/versions/{versionId}",
                ctx -> ctx.json(documents.version(actor(ctx), Requests.id(ctx, "versionId"))));
        routes.put("/api/v1/versions/{versionId}/classification", this::classify);
    }

    private void create(Context ctx) {
        NewDocumentBody body = Requests.body(ctx, NewDocumentBody.class);
        ctx.status(201)
                .json(documents.create(
                        actor(ctx),
                        Requests.id(ctx, "groupId"),
                        new NewDocument(body.title(), body.ownerSideId(), body.visibility())));
    }

    /** The body is the file; its name and language come as query parameters, its type as Content-Type. */
    private void upload(Context ctx) {
        String fileName = ctx.queryParam("fileName");
        String language = ctx.queryParam("language");
        new FieldChecks()
                .text("fileName", fileName, 1000)
                .text("language", language, 20)
                .orThrow();
        String contentType =
                ctx.contentType() == null ? null : ctx.contentType().split(";")[0];
        var upload = new Upload(fileName, contentType, language, ctx.bodyAsBytes());
        ctx.status(201).json(documents.addVersion(actor(ctx), Requests.id(ctx, "documentId"), upload));
    }

    private void classify(Context ctx) {
        NewClassification body = Requests.body(ctx, NewClassification.class);
        ctx.json(documents.classify(actor(ctx), Requests.id(ctx, "versionId"), body));
    }

    private void delete(Context ctx) {
        Deletion body = Requests.body(ctx, Deletion.class);
        documents.delete(actor(ctx), Requests.id(ctx, "documentId"), body.reason());
        ctx.status(204);
    }
}
