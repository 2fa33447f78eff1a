package org.parley.core.lists;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.parley.screening.Screener;
import org.parley.screening.lists.ListSnapshot;

/**
 * The screener over the currently active lists of this node. {@link #reload()} builds the new
 * screener completely before swapping it in, so concurrent screenings see either the old lists or
 * the new ones, never a mix. Thread-safe.
 */
public final class ActiveLists {
    private final ListStore store;
    private final Function<ListSnapshot, Screener> screenerFactory;
    private final AtomicReference<Screener> current = new AtomicReference<>();

    public ActiveLists(ListStore store, Function<ListSnapshot, Screener> screenerFactory) {
        this.store = Objects.requireNonNull(store, "store");
        this.screenerFactory = Objects.requireNonNull(screenerFactory, "screenerFactory");
    }

    /** The screener over the active lists, loading them on first use. */
    public Screener screener() {
        Screener screener = current.get();
        if (screener == null) {
            synchronized (this) {
                screener = current.get();
                if (screener == null) {
                    screener = screenerFactory.apply(store.active());
                    current.set(screener);
                }
            }
        }
        return screener;
    }

    /** Re-reads the active lists (after an import or update, possibly by another node). */
    public synchronized Screener reload() {
        Screener fresh = screenerFactory.apply(store.active());
        current.set(fresh);
        return fresh;
    }

    /** Reloads only when the stored active lists differ from the loaded ones. */
    public boolean reloadIfChanged() {
        String loaded = screener().snapshot().contentHash();
        String stored = store.status()
                .map(StoredLists::contentHash)
                .orElse(ListSnapshot.empty().contentHash());
        if (loaded.equals(stored)) {
            return false;
        }
        reload();
        return true;
    }

    public ListStore store() {
        return store;
    }
}
