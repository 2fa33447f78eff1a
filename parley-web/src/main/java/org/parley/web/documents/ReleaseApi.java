package org.parley.web.documents;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.parley.core.release.Download;
import org.parley.core.release.Downloads;
import org.parley.core.release.ReleaseOrder;
import org.parley.core.release.ReleaseService;
import org.parley.core.release.ReleaseTarget;
import org.parley.core.system.ValidationException;
import org.parley.web.RouteModule;
import org.parley.web.system.Requests;

/**
 * The release gate over HTTP: releasing a version (each recipient screened and decided, withheld ones
 * with their reason) and downloading it, which needs a recorded release. Thread-safe.
 */
public final class ReleaseApi implements RouteModule {

    private final ReleaseService releases;
    private final Downloads downloads;

    public ReleaseApi(ReleaseService releases, Downloads downloads) {
        this.releases = releases;
        this.downloads = downloads;
    }

    /** Body of {@code POST /api/v1/versions/{versionId}/releases}. */
    public record ReleaseBody(Target target, String licenceNumber, Boolean conditionsMet, String releaseCountry) {}

    /** Whom to release to: {@code kind} group, side (sideId), meeting (meetingId) or people (memberIds). */
    public record Target(String kind, Long sideId, Long meetingId, List<Long> memberIds) {

        ReleaseTarget toTarget() {
            String name = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "group" -> new ReleaseTarget.Group();
                case "side" -> new ReleaseTarget.Side(required("target.sideId", sideId));
                case "meeting" -> new ReleaseTarget.Meeting(required("target.meetingId", meetingId));
                case "people" -> new ReleaseTarget.People(memberIds == null ? List.of() : memberIds);
                default ->
                    throw ValidationException.of(
                            "target.kind", "'" + kind + "' is not one of group, side, meeting, people");
            };
        }

        private static long required(String field, Long value) {
            if (value == null) {
                throw ValidationException.of(field, "is required");
            }
            return value;
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/versions/{versionId}/releases", this::release);
        routes.get("/api/v1/versions/{versionId}/content", this::download);
    }

    private void release(Context ctx) {
        ReleaseBody body = Requests.body(ctx, ReleaseBody.class);
        if (body.target() == null) {
            throw ValidationException.of("target", "is required");
        }
        var order = new ReleaseOrder(
                Requests.id(ctx, "versionId"),
                body.target().toTarget(),
                body.licenceNumber(),
                Boolean.TRUE.equals(body.conditionsMet()),
                body.releaseCountry());
        ctx.status(201).json(releases.release(actor(ctx), order));
    }

    private void download(Context ctx) {
        Download download = downloads.download(actor(ctx), Requests.id(ctx, "versionId"));
        String encoded =
                URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        ctx.contentType(download.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .result(download.content());
    }
}
