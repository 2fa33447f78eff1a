package org.parley.screening.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.parley.screening.names.NameToken;
import org.parley.screening.names.TokenKind;
import org.parley.screening.names.TokenSimilarity;

/**
 * Candidate generation over a {@link NameIndex}: accumulates IDF-weighted overlap per name from the
 * postings of the query's words and their near-words, then keeps the best few. Scratch arrays are
 * borrowed from a pool (one per concurrent query, not per thread: virtual threads are many), so one
 * instance serves all threads.
 */
final class CandidateSearch {
    /** Near-words below this similarity are not followed. */
    private static final double MIN_NEAR_SIMILARITY = 0.75;
    /** Words in more than this share of names only add weight to names found through rarer words. */
    private static final double FREQUENT_SHARE = 0.02;
    /** At most this many times {@code limit} candidates are kept when their overlap ties. */
    private static final int MAX_TIE_FACTOR = 4;

    private final NameIndex index;
    private final float[] nameWeights;
    private final int frequentPostings;
    private final Queue<Scratch> scratchPool = new ConcurrentLinkedQueue<>();

    CandidateSearch(NameIndex index) {
        this.index = index;
        this.nameWeights = new float[index.nameCount()];
        for (int nameId = 0; nameId < nameWeights.length; nameId++) {
            nameWeights[nameId] = index.name(nameId).variants().get(0).totalWeight();
        }
        this.frequentPostings = Math.max(50, (int) (index.nameCount() * FREQUENT_SHARE));
    }

    /** Per-thread accumulators, reset after each query by walking the touched names. */
    private static final class Scratch {
        final float[] overlap;
        final int[] lastQueryToken;
        final int[] touched;
        int touchedCount;

        Scratch(int names) {
            overlap = new float[names];
            lastQueryToken = new int[names];
            touched = new int[names];
        }
    }

    /** A query word and the dictionary tokens it leads to, with their similarity. */
    private record QueryWord(float weight, List<int[]> postings, List<Float> similarities, int rarestPostings) {}

    List<NameIndex.Candidate> find(List<PreparedName> queryVariants, int limit) {
        List<QueryWord> words = queryWords(queryVariants);
        words.sort(Comparator.comparingInt(QueryWord::rarestPostings));
        Scratch polled = scratchPool.poll();
        Scratch state = polled != null ? polled : new Scratch(nameWeights.length);
        try {
            int rarest = words.isEmpty() ? 0 : words.get(0).rarestPostings();
            for (int wordIndex = 0; wordIndex < words.size(); wordIndex++) {
                QueryWord word = words.get(wordIndex);
                boolean onlyKnown =
                        wordIndex > 0 && word.rarestPostings() > frequentPostings && rarest <= frequentPostings;
                accumulate(word, wordIndex + 1, onlyKnown, state);
            }
            return best(state, queryVariants.get(0).totalWeight(), limit);
        } finally {
            for (int i = 0; i < state.touchedCount; i++) {
                int nameId = state.touched[i];
                state.overlap[nameId] = 0;
                state.lastQueryToken[nameId] = 0;
            }
            state.touchedCount = 0;
            scratchPool.offer(state);
        }
    }

    private void accumulate(QueryWord word, int stamp, boolean onlyKnown, Scratch state) {
        for (int list = 0; list < word.postings().size(); list++) {
            float similarity = word.similarities().get(list);
            for (int nameId : word.postings().get(list)) {
                if (state.lastQueryToken[nameId] == stamp || (onlyKnown && state.overlap[nameId] == 0)) {
                    continue;
                }
                if (state.overlap[nameId] == 0) {
                    state.touched[state.touchedCount++] = nameId;
                }
                state.lastQueryToken[nameId] = stamp;
                state.overlap[nameId] += similarity * 2 * word.weight();
            }
        }
    }

    private List<NameIndex.Candidate> best(Scratch state, float queryWeight, int limit) {
        // Keep the best (limit × tie factor) in a min-heap of packed (overlap, id) longs: no full sort.
        int capacity = limit * MAX_TIE_FACTOR;
        long[] heap = new long[Math.min(capacity, state.touchedCount)];
        int size = 0;
        for (int i = 0; i < state.touchedCount; i++) {
            int nameId = state.touched[i];
            float overlap = state.overlap[nameId] / (queryWeight + nameWeights[nameId]);
            // Positive floats order like their bit patterns; the id breaks ties deterministically.
            long packed = ((long) Float.floatToIntBits(overlap) << 32) | (Integer.MAX_VALUE - nameId);
            if (size < heap.length) {
                heap[size++] = packed;
                siftUp(heap, size - 1);
            } else if (packed > heap[0]) {
                heap[0] = packed;
                siftDown(heap, size);
            }
        }
        long[] ranked = Arrays.copyOf(heap, size);
        Arrays.sort(ranked);
        var candidates = new ArrayList<NameIndex.Candidate>(Math.min(limit, ranked.length));
        float last = Float.NaN;
        for (int i = ranked.length - 1; i >= 0; i--) {
            float overlap = Float.intBitsToFloat((int) (ranked[i] >>> 32));
            // Names tied with the last one kept are kept too (up to the cap): a common name listed
            // many times must not lose the right entry to an arbitrary cut.
            if (candidates.size() >= limit && overlap != last) {
                break;
            }
            candidates.add(new NameIndex.Candidate(Integer.MAX_VALUE - (int) ranked[i], overlap));
            last = overlap;
        }
        return candidates;
    }

    private static void siftUp(long[] heap, int position) {
        while (position > 0) {
            int parent = (position - 1) / 2;
            if (heap[parent] <= heap[position]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[position];
            heap[position] = swap;
            position = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int position = 0;
        while (true) {
            int smallest = position;
            int left = 2 * position + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == position) {
                return;
            }
            long swap = heap[smallest];
            heap[smallest] = heap[position];
            heap[position] = swap;
            position = smallest;
        }
    }

    /** Distinct query words over all variants, each with the postings of its exact and near tokens. */
    private List<QueryWord> queryWords(List<PreparedName> variants) {
        Map<String, QueryWord> words = new LinkedHashMap<>();
        for (PreparedName variant : variants) {
            for (int i = 0; i < variant.size(); i++) {
                NameToken token = variant.token(i);
                if (token.kind() == TokenKind.LEGAL_FORM || token.kind() == TokenKind.INITIAL) {
                    continue;
                }
                String[] spellings = variant.spellings(i);
                float weight = variant.weight(i);
                words.computeIfAbsent(token.text(), key -> lookUp(spellings, weight));
                for (int count = 2; count <= 3; count++) {
                    String joined = variant.joined(i, count);
                    if (joined != null) {
                        float joinedWeight = (weight + variant.weight(i + count - 1)) / 2;
                        words.computeIfAbsent(joined, key -> lookUp(new String[] {key}, joinedWeight));
                    }
                }
            }
        }
        words.values().removeIf(word -> word.postings().isEmpty());
        return new ArrayList<>(words.values());
    }

    private QueryWord lookUp(String[] spellings, float weight) {
        TokenDictionary dictionary = index.dictionary();
        var postings = new ArrayList<int[]>();
        var similarities = new ArrayList<Float>();
        var seen = new java.util.HashSet<Integer>();
        int rarest = Integer.MAX_VALUE;
        for (String spelling : spellings) {
            int exact = dictionary.id(spelling);
            if (exact >= 0 && seen.add(exact)) {
                postings.add(dictionary.postings(exact));
                similarities.add(1.0f);
                rarest = Math.min(rarest, dictionary.postings(exact).length);
            }
            int[] joined = dictionary.joinedPostings(spelling);
            if (joined.length > 0) {
                postings.add(joined);
                similarities.add(1.0f);
                rarest = Math.min(rarest, joined.length);
            }
            dictionary.forEachNearToken(spelling, id -> {
                if (seen.add(id)) {
                    double similarity = TokenSimilarity.words(spelling, dictionary.text(id));
                    if (similarity >= MIN_NEAR_SIMILARITY) {
                        postings.add(dictionary.postings(id));
                        similarities.add((float) similarity);
                    }
                }
            });
        }
        for (int[] list : postings) {
            rarest = Math.min(rarest, list.length);
        }
        return new QueryWord(weight, postings, similarities, rarest);
    }
}
