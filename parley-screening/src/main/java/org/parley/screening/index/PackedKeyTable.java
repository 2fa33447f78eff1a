package org.parley.screening.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compact multimap from string keys to token ids: each pair packed into one long (40-bit key hash,
 * 24-bit id) in a sorted array. Hash collisions only add candidates, which the caller verifies.
 * Immutable, thread-safe.
 */
final class PackedKeyTable {
    private static final int ID_BITS = 24;
    static final int MAX_ID = (1 << ID_BITS) - 1;

    private final long[] packed;

    private PackedKeyTable(long[] packed) {
        this.packed = packed;
    }

    /** Collects (key, id) pairs; not thread-safe. */
    static final class Builder {
        private long[] pairs = new long[1024];
        private int size;

        void add(String key, int id) {
            if (id > MAX_ID) {
                throw new IllegalStateException("too many distinct tokens for the packed key table: " + id);
            }
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = (hash(key) << ID_BITS) | id;
        }

        PackedKeyTable build() {
            long[] sorted = Arrays.copyOf(pairs, size);
            Arrays.sort(sorted);
            // Drop duplicate pairs (the same delete can come from two positions of a word).
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return new PackedKeyTable(Arrays.copyOf(sorted, unique));
        }
    }

    /** Calls {@code consumer} with every id stored under {@code key} (and under colliding keys). */
    void forEach(String key, IntConsumer consumer) {
        long low = hash(key) << ID_BITS;
        int position = Arrays.binarySearch(packed, low);
        if (position < 0) {
            position = -position - 1;
        }
        long high = low | MAX_ID;
        while (position < packed.length && packed[position] <= high) {
            consumer.accept((int) (packed[position] & MAX_ID));
            position++;
        }
    }

    int size() {
        return packed.length;
    }

    /** 40-bit FNV-1a hash, non-negative once shifted into the upper bits. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return (hash >>> 24) & 0x7FFFFFFFFFL;
    }
}
