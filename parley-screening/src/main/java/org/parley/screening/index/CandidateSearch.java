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

    /**
     * Per-query accumulators, reset after each query by walking the touched names; and a stamp per
     * dictionary token, so that one lookup follows each near token once without a set.
     */
    private static final class Scratch {
        final float[] overlap;
        final int[] lastQueryToken;
        final int[] touched;
        final int[] tokenStamp;
        int touchedCount;
        int lookups;

        Scratch(int names, int tokens) {
            overlap = new float[names];
            lastQueryToken = new int[names];
            touched = new int[names];
            tokenStamp = new int[tokens];
        }

        /** A fresh stamp for one lookup; clears the stamps when the counter would wrap. */
        int nextLookup() {
            if (lookups == Integer.MAX_VALUE) {
                java.util.Arrays.fill(tokenStamp, 0);
                lookups = 0;
            }
            return ++lookups;
        }
    }

    /** A query word and the dictionary tokens it leads to, with their similarity. */
    private record QueryWord(float weight, int[][] postings, float[] similarities, int rarestPostings) {
        boolean isEmpty() {
            return postings.length == 0;
        }
    }

    List<NameIndex.Candidate> find(List<PreparedName> queryVariants, int limit, float minOverlap) {
        Scratch polled = scratchPool.poll();
        Scratch state = polled != null
                ? polled
                : new Scratch(nameWeights.length, index.dictionary().size());
        try {
            List<QueryWord> words = queryWords(queryVariants, state);
            words.sort(Comparator.comparingInt(QueryWord::rarestPostings));
            int rarest = words.isEmpty() ? 0 : words.get(0).rarestPostings();
            for (int wordIndex = 0; wordIndex < words.size(); wordIndex++) {
                QueryWord word = words.get(wordIndex);
                boolean onlyKnown =
                        wordIndex > 0 && word.rarestPostings() > frequentPostings && rarest <= frequentPostings;
                accumulate(word, wordIndex + 1, onlyKnown, state);
            }
            return best(state, queryVariants.get(0).totalWeight(), limit, minOverlap);
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
        int[][] lists = word.postings();
        float[] similarities = word.similarities();
        for (int list = 0; list < lists.length; list++) {
            float similarity = similarities[list];
            for (int nameId : lists[list]) {
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

    private List<NameIndex.Candidate> best(Scratch state, float queryWeight, int limit, float minOverlap) {
        // Keep the best (limit × tie factor) in a min-heap of packed (overlap, id) longs: no full sort.
        int capacity = limit * MAX_TIE_FACTOR;
        long[] heap = new long[Math.min(capacity, state.touchedCount)];
        int size = 0;
        for (int i = 0; i < state.touchedCount; i++) {
            int nameId = state.touched[i];
            float overlap = state.overlap[nameId] / (queryWeight + nameWeights[nameId]);
            if (overlap < minOverlap) {
                continue; // too little in common to be scored: keeps the heap small
            }
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
    private List<QueryWord> queryWords(List<PreparedName> variants, Scratch state) {
        Map<String, QueryWord> words = new LinkedHashMap<>();
        for (PreparedName variant : variants) {
            for (int i = 0; i < variant.size(); i++) {
                NameToken token = variant.token(i);
                if (token.kind() == TokenKind.LEGAL_FORM || token.kind() == TokenKind.INITIAL) {
                    continue;
                }
                String[] spellings = variant.spellings(i);
                String[] skeletons = variant.skeletons(i);
                float weight = variant.weight(i);
                if (!words.containsKey(token.text())) {
                    words.put(token.text(), lookUp(spellings, skeletons, weight, state));
                }
                for (int count = 2; count <= 3; count++) {
                    String joined = variant.joined(i, count);
                    if (joined != null) {
                        float joinedWeight = (weight + variant.weight(i + count - 1)) / 2;
                        if (!words.containsKey(joined)) {
                            // Joined words are looked up exactly: typos are found through the single words.
                            words.put(joined, lookUp(new String[] {joined}, null, joinedWeight, state));
                        }
                    }
                }
            }
        }
        words.values().removeIf(QueryWord::isEmpty);
        return new ArrayList<>(words.values());
    }

    /**
     * Postings of the spellings, of names in which they are two or three words joined, and (when
     * {@code skeletons} are given) of near tokens: typos and sound-alikes, verified here.
     */
    private QueryWord lookUp(String[] spellings, String[] skeletons, float weight, Scratch state) {
        TokenDictionary dictionary = index.dictionary();
        var postings = new ArrayList<int[]>();
        var similarities = new ArrayList<Float>();
        int stamp = state.nextLookup();
        int rarest = Integer.MAX_VALUE;
        for (int s = 0; s < spellings.length; s++) {
            String spelling = spellings[s];
            int exact = dictionary.id(spelling);
            if (exact >= 0 && state.tokenStamp[exact] != stamp) {
                state.tokenStamp[exact] = stamp;
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
            if (skeletons == null) {
                continue;
            }
            if (exact >= 0) {
                // A listed word: its near tokens were found and verified when the index was built.
                NearTokenGraph graph = dictionary.nearTokens();
                for (int k = graph.start(exact); k < graph.end(exact); k++) {
                    int id = graph.id(k);
                    if (state.tokenStamp[id] != stamp) {
                        state.tokenStamp[id] = stamp;
                        postings.add(dictionary.postings(id));
                        similarities.add(graph.similarity(k));
                    }
                }
                continue;
            }
            String skeleton = skeletons[s];
            dictionary.forEachNearToken(spelling, skeleton, id -> {
                if (state.tokenStamp[id] == stamp) {
                    return;
                }
                state.tokenStamp[id] = stamp;
                String text = dictionary.text(id);
                if (!TokenSimilarity.mayBeSimilar(spelling, text)) {
                    return;
                }
                double similarity = TokenSimilarity.words(spelling, text, skeleton, dictionary.skeleton(id));
                if (similarity >= TokenDictionary.MIN_NEAR_SIMILARITY) {
                    postings.add(dictionary.postings(id));
                    similarities.add((float) similarity);
                }
            });
        }
        float[] similarityArray = new float[similarities.size()];
        for (int k = 0; k < similarityArray.length; k++) {
            similarityArray[k] = similarities.get(k);
        }
        for (int[] list : postings) {
            rarest = Math.min(rarest, list.length);
        }
        return new QueryWord(weight, postings.toArray(int[][]::new), similarityArray, rarest);
    }
}
