package org.parley.web.policy;

import static org.parley.web.auth.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.core.lists.ListStore;
import org.parley.core.policy.DigestOffers;
import org.parley.web.RouteModule;
import org.parley.web.system.ApiException;
import org.parley.web.system.Requests;

/**
 * List-change digests: what each stored list update changed, and the latest one offered to a group
 * as draft policy updates. The lists are public, so any signed-in user reads the digests; the
 * drafts (which name matching members) only the group's members. Thread-safe.
 */
public final class ListDigestApi implements RouteModule {

    private static final String NO_DIGEST =
            "the active lists have no digest: they are the first lists imported, or the lists before them could"
                    + " no longer be read";

    private final ListStore store;
    private final DigestOffers offers;

    public ListDigestApi(ListStore store, DigestOffers offers) {
        this.store = store;
        this.offers = offers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/lists/snapshots", ctx -> ctx.json(store.snapshots()));
        routes.get(
                "/api/v1/lists/digest",
                ctx -> ctx.json(store.activeDigest().orElseThrow(() -> new ApiException(404, NO_DIGEST))));
        routes.get("/api/v1/lists/snapshots/{snapshotId}/digest", this::digest);
        routes.get(
                "/api/v1/groups/{groupId}/list-digest",
                ctx -> ctx.json(offers.offer(actor(ctx), Requests.id(ctx, "groupId"))
                        .orElseThrow(() -> new ApiException(404, NO_DIGEST))));
    }

    private void digest(Context ctx) {
        String id = ctx.pathParam("snapshotId");
        if (!store.has(id)) {
            throw new ApiException(404, "no stored list snapshot " + id);
        }
        ctx.json(store.digest(id)
                .orElseThrow(
                        () -> new ApiException(404, "snapshot " + id + " has no digest: it was the first import")));
    }
}
