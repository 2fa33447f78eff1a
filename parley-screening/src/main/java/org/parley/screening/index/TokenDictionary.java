package org.parley.screening.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.screening.names.TokenSimilarity;

/**
 * The inverted index proper: every distinct token spelling with its postings (ids of the names that
 * contain it), plus lookup tables for typos (single-character deletions, SymSpell style), for
 * sound-alikes (consonant skeletons) and for words written apart ("hua wei" ↔ "huawei").
 * Immutable once built, thread-safe.
 */
final class TokenDictionary {
    /** Near tokens below this similarity are not followed. */
    static final double MIN_NEAR_SIMILARITY = 0.75;

    private static final int MIN_FUZZY_LENGTH = 4;
    private static final int MIN_SKELETON_LENGTH = 3;

    private final Map<String, Integer> ids;
    private final String[] texts;
    private final int[][] postings;
    private final Map<String, int[]> joinedPostings;
    private final PackedKeyTable deletions;
    private final PackedKeyTable skeletons;
    /** Consonant skeleton of each token (see {@link TokenSimilarity#skeleton}), computed once. */
    private final String[] tokenSkeletons;

    private final NearTokenGraph nearTokens;

    private TokenDictionary(
            Map<String, Integer> ids, String[] texts, int[][] postings, Map<String, int[]> joinedPostings) {
        this.ids = ids;
        this.texts = texts;
        this.postings = postings;
        this.joinedPostings = joinedPostings;
        var deletionKeys = new PackedKeyTable.Builder();
        var skeletonKeys = new PackedKeyTable.Builder();
        this.tokenSkeletons = new String[texts.length];
        for (int id = 0; id < texts.length; id++) {
            String text = texts[id];
            tokenSkeletons[id] = TokenSimilarity.skeleton(text);
            if (text.length() < MIN_FUZZY_LENGTH || !Character.isLetter(text.charAt(0))) {
                continue;
            }
            for (String deletion : deletions(text)) {
                deletionKeys.add(deletion, id);
            }
            String skeleton = tokenSkeletons[id];
            if (skeleton.length() >= MIN_SKELETON_LENGTH) {
                skeletonKeys.add(skeleton, id);
            }
        }
        this.deletions = deletionKeys.build();
        this.skeletons = skeletonKeys.build();
        this.nearTokens = NearTokenGraph.build(this, MIN_NEAR_SIMILARITY);
    }

    /** Collects postings while names are added in id order; not thread-safe. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> texts = new ArrayList<>();
        private final List<IntList> postings = new ArrayList<>();
        private final Map<String, IntList> joined = new HashMap<>();

        void add(String token, int nameId) {
            int id = ids.computeIfAbsent(token, key -> {
                texts.add(key);
                postings.add(new IntList());
                return texts.size() - 1;
            });
            postings.get(id).addIfNotLast(nameId);
        }

        void addJoined(String joinedWords, int nameId) {
            joined.computeIfAbsent(joinedWords, key -> new IntList()).addIfNotLast(nameId);
        }

        TokenDictionary build() {
            int[][] lists = new int[postings.size()][];
            for (int i = 0; i < lists.length; i++) {
                lists[i] = postings.get(i).toArray();
            }
            var joinedLists = new HashMap<String, int[]>(joined.size() * 2);
            joined.forEach((key, list) -> joinedLists.put(key, list.toArray()));
            // A HashMap (never modified after this point) probes faster than Map.copyOf's immutable map.
            return new TokenDictionary(new HashMap<>(ids), texts.toArray(String[]::new), lists, joinedLists);
        }
    }

    /** Id of the token, or -1. */
    int id(String token) {
        Integer id = ids.get(token);
        return id == null ? -1 : id;
    }

    String text(int id) {
        return texts[id];
    }

    String skeleton(int id) {
        return tokenSkeletons[id];
    }

    int[] postings(int id) {
        return postings[id];
    }

    /** Names in which two adjacent words join to {@code token}, or an empty array. */
    int[] joinedPostings(String token) {
        return joinedPostings.getOrDefault(token, IntList.EMPTY);
    }

    int size() {
        return texts.length;
    }

    /**
     * Ids of tokens within one typo of {@code word} or with its consonant skeleton {@code skeleton}
     * (unverified; an id may come more than once).
     */
    void forEachNearToken(String word, String skeleton, java.util.function.IntConsumer consumer) {
        if (word.length() < MIN_FUZZY_LENGTH - 1 || !Character.isLetter(word.charAt(0))) {
            return;
        }
        deletions.forEach(word, consumer); // the listed token is the word with one letter more
        for (String deletion : deletions(word)) {
            int id = id(deletion); // the word has one letter too many
            if (id >= 0) {
                consumer.accept(id);
            }
            deletions.forEach(deletion, consumer); // one substitution or swap apart
        }
        if (skeleton.length() >= MIN_SKELETON_LENGTH) {
            skeletons.forEach(skeleton, consumer);
        }
    }

    /** Near tokens of every token, verified when the index was built. */
    NearTokenGraph nearTokens() {
        return nearTokens;
    }

    long postingCount() {
        return Arrays.stream(postings).mapToLong(list -> list.length).sum();
    }

    int fuzzyKeyCount() {
        return deletions.size() + skeletons.size();
    }

    private static List<String> deletions(String word) {
        var result = new ArrayList<String>(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i > 0 && word.charAt(i) == word.charAt(i - 1)) {
                continue; // deleting either letter of a double gives the same string
            }
            result.add(word.substring(0, i) + word.substring(i + 1));
        }
        return result;
    }
}
