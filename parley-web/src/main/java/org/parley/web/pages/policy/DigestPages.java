package org.parley.web.pages.policy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.core.ParleyCore;
import org.parley.core.access.Role;
import org.parley.core.access.Roles;
import org.parley.core.groups.Group;
import org.parley.core.lists.ListStore;
import org.parley.core.lists.StoredLists;
import org.parley.core.policy.DigestOffers;
import org.parley.core.rescreening.ListUpdateRescreen;
import org.parley.core.system.Actor;
import org.parley.core.system.NotFoundException;
import org.parley.web.RouteModule;
import org.parley.web.pages.PageAccess;
import org.parley.web.pages.Pages;

/**
 * The list-change digests: every recorded digest ({@code GET /lists/digests}) and one in full ({@code
 * GET /lists/digests/{id}}). The lists are public, so every signed-in user reads them; which additions
 * resemble members, and the drafts to offer a group, only compliance officers, the secretariat and
 * administrators see, for their groups. Thread-safe.
 */
public final class DigestPages implements RouteModule {

    /** Digests listed, newest first; older ones stay readable by their address. */
    static final int LISTED = 50;

    private final ParleyCore core;
    private final ListStore store;
    private final DigestOffers offers;
    private final ListUpdateRescreen rescreen;
    private final Pages pages;

    public DigestPages(
            ParleyCore core, ListStore store, DigestOffers offers, ListUpdateRescreen rescreen, Pages pages) {
        this.core = core;
        this.store = store;
        this.offers = offers;
        this.rescreen = rescreen;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/lists/digests", this::digests, PageAccess.SIGNED_IN);
        routes.get("/lists/digests/{snapshotId}", this::digest, PageAccess.SIGNED_IN);
    }

    private void digests(Context ctx) {
        List<DigestListView.Row> rows = new ArrayList<>();
        for (StoredLists stored : store.snapshots().reversed()) {
            if (rows.size() == LISTED) {
                break;
            }
            store.digest(stored.id()).ifPresent(digest -> rows.add(new DigestListView.Row(stored, digest)));
        }
        var view = new DigestListView(
                rows, store.activeSnapshotId().orElse(null), rescreen.latest().orElse(null));
        pages.render(ctx, "policy/digests.jte", view, "digest.list.title");
    }

    private void digest(Context ctx) {
        Actor actor = pages.viewer(ctx).actor();
        List<Group> groups = watchedGroups(actor);
        String id = ctx.pathParam("snapshotId");
        if (!store.has(id)) {
            throw new NotFoundException("list snapshot", id);
        }
        var digest = store.digest(id).orElseThrow(() -> new NotFoundException("digest of list snapshot", id));
        boolean active = store.activeSnapshotId().filter(id::equals).isPresent();
        List<DigestView.GroupOffer> groupOffers = new ArrayList<>();
        if (active) {
            for (Group group : groups) {
                boolean member = core.groups().roles(actor, group.id()).isMember();
                offers.offer(actor, group.id())
                        .ifPresent(offer -> groupOffers.add(new DigestView.GroupOffer(group, member, offer)));
            }
        }
        pages.render(
                ctx,
                "policy/digest.jte",
                new DigestView(id, active, digest, groupOffers),
                "digest.detail.title",
                digest.newer().asOf());
    }

    /** The groups whose members the viewer watches: as compliance officer, secretariat or administrator. */
    private List<Group> watchedGroups(Actor actor) {
        return core.groups().groupsOf(actor).stream()
                .filter(group -> watches(core.groups().roles(actor, group.id())))
                .sorted(Comparator.comparing(Group::name))
                .toList();
    }

    private static boolean watches(Roles roles) {
        return roles.administrator() || roles.has(Role.COMPLIANCE_OFFICER) || roles.has(Role.SECRETARIAT);
    }
}
