package org.parley.screening.index;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.parley.screening.names.TokenSimilarity;

/**
 * For every token of a dictionary, its near tokens (typos, sound-alikes) with their similarity,
 * found and verified once when the index is built: a query word that is itself a listed word then
 * needs no fuzzy lookup. Compressed rows (one offset array, one id and one similarity array).
 * Immutable, thread-safe.
 */
final class NearTokenGraph {
    private final int[] offsets;
    private final int[] ids;
    private final float[] similarities;

    private NearTokenGraph(int[] offsets, int[] ids, float[] similarities) {
        this.offsets = offsets;
        this.ids = ids;
        this.similarities = similarities;
    }

    /** Verifies the near-token candidates of every token (in parallel) and keeps those at {@code minSimilarity}. */
    static NearTokenGraph build(TokenDictionary dictionary, double minSimilarity) {
        int size = dictionary.size();
        long[][] rows = new long[size][];
        IntStream.range(0, size).parallel().forEach(id -> rows[id] = row(dictionary, id, minSimilarity));
        int[] offsets = new int[size + 1];
        for (int id = 0; id < size; id++) {
            offsets[id + 1] = offsets[id] + rows[id].length;
        }
        int[] ids = new int[offsets[size]];
        float[] similarities = new float[offsets[size]];
        for (int id = 0; id < size; id++) {
            for (int k = 0; k < rows[id].length; k++) {
                ids[offsets[id] + k] = (int) (rows[id][k] >>> 32);
                similarities[offsets[id] + k] = Float.intBitsToFloat((int) rows[id][k]);
            }
        }
        return new NearTokenGraph(offsets, ids, similarities);
    }

    /** Near tokens of one token as (id, similarity bits) longs, sorted by id, without duplicates. */
    private static long[] row(TokenDictionary dictionary, int id, double minSimilarity) {
        String text = dictionary.text(id);
        String skeleton = dictionary.skeleton(id);
        long[] found = new long[8];
        int[] count = {0};
        long[][] buffer = {found};
        dictionary.forEachNearToken(text, skeleton, near -> {
            if (near == id) {
                return;
            }
            String other = dictionary.text(near);
            if (!TokenSimilarity.mayBeSimilar(text, other)) {
                return;
            }
            double similarity = TokenSimilarity.words(text, other, skeleton, dictionary.skeleton(near));
            if (similarity >= minSimilarity) {
                if (count[0] == buffer[0].length) {
                    buffer[0] = Arrays.copyOf(buffer[0], count[0] * 2);
                }
                buffer[0][count[0]++] = ((long) near << 32) | (Float.floatToIntBits((float) similarity) & 0xFFFFFFFFL);
            }
        });
        long[] row = Arrays.copyOf(buffer[0], count[0]);
        Arrays.sort(row);
        int unique = 0;
        for (int k = 0; k < row.length; k++) {
            if (k == 0 || (row[k] >>> 32) != (row[k - 1] >>> 32)) {
                row[unique++] = row[k];
            }
        }
        return Arrays.copyOf(row, unique);
    }

    int start(int id) {
        return offsets[id];
    }

    int end(int id) {
        return offsets[id + 1];
    }

    int id(int position) {
        return ids[position];
    }

    float similarity(int position) {
        return similarities[position];
    }

    int size() {
        return ids.length;
    }
}
