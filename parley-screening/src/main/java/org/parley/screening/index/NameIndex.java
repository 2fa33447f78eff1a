package org.parley.screening.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.names.NameNormalizer;
import org.parley.screening.names.NameToken;
import org.parley.screening.names.NormalizedName;
import org.parley.screening.names.TokenKind;

/**
 * Every name and alias of a list snapshot, normalized once and held in an inverted token index
 * with IDF weights, so that a query scores only the few names sharing (near-)words with it.
 * Immutable, thread-safe.
 */
public final class NameIndex {
    private final ListSnapshot snapshot;
    private final IndexedName[] names;
    private final TokenWeights weights;
    private final TokenDictionary dictionary;
    private final CandidateSearch search;

    private NameIndex(ListSnapshot snapshot, IndexedName[] names, TokenWeights weights, TokenDictionary dictionary) {
        this.snapshot = snapshot;
        this.names = names;
        this.weights = weights;
        this.dictionary = dictionary;
        this.search = new CandidateSearch(this);
    }

    /** Normalizes and indexes every name of the snapshot (uses all cores for normalization). */
    public static NameIndex build(ListSnapshot snapshot, NameNormalizer normalizer) {
        record Source(int entryIndex, String name, boolean weak, boolean derived) {}
        var sources = new ArrayList<Source>();
        List<ListEntry> entries = snapshot.entries();
        for (int entryIndex = 0; entryIndex < entries.size(); entryIndex++) {
            ListEntry entry = entries.get(entryIndex);
            var listed = new ArrayList<Alias>();
            listed.add(Alias.strong(entry.name()));
            listed.addAll(entry.aliases());
            for (Alias alias : listed) {
                sources.add(new Source(entryIndex, alias.name(), alias.weak(), false));
                if (!alias.weak()) {
                    for (String derived : DerivedNames.of(alias.name())) {
                        sources.add(new Source(entryIndex, derived, false, true));
                    }
                }
            }
        }
        List<NormalizedName> normalized = sources.parallelStream()
                .map(source -> normalizer.normalize(source.name()))
                .toList();
        // Keep one copy of each distinct normalized name per entry (the first: listed before derived).
        var kept = new ArrayList<Integer>();
        var seen = new HashSet<String>();
        for (int i = 0; i < sources.size(); i++) {
            boolean genericFragment = sources.get(i).derived() && normalizer.isGeneric(normalized.get(i));
            if (!normalized.get(i).isEmpty()
                    && !genericFragment
                    && seen.add(sources.get(i).entryIndex() + "\u001f"
                            + normalized.get(i).variants())) {
                kept.add(i);
            }
        }
        TokenWeights weights = new TokenWeights(
                documentFrequencies(kept, normalized), kept.size(), normalizer.genericWords(), normalizer.formWords());
        var names = new IndexedName[kept.size()];
        var dictionary = new TokenDictionary.Builder();
        for (int nameId = 0; nameId < names.length; nameId++) {
            int sourceIndex = kept.get(nameId);
            Source source = sources.get(sourceIndex);
            var variants = new ArrayList<PreparedName>();
            for (List<NameToken> tokens : normalized.get(sourceIndex).variants()) {
                variants.add(new PreparedName(tokens, weights));
                addToDictionary(tokens, nameId, dictionary);
            }
            names[nameId] =
                    new IndexedName(source.entryIndex(), source.name(), source.weak(), source.derived(), variants);
        }
        return new NameIndex(snapshot, names, weights, dictionary.build());
    }

    private static Map<String, Integer> documentFrequencies(List<Integer> kept, List<NormalizedName> normalized) {
        var frequencies = new HashMap<String, Integer>();
        for (int sourceIndex : kept) {
            Set<String> words = new HashSet<>();
            for (List<NameToken> tokens : normalized.get(sourceIndex).variants()) {
                for (NameToken token : tokens) {
                    if (TokenWeights.countsForFrequency(token)) {
                        words.add(token.text());
                        words.addAll(token.alternatives());
                    }
                }
            }
            words.forEach(word -> frequencies.merge(word, 1, Integer::sum));
        }
        return frequencies;
    }

    private static void addToDictionary(List<NameToken> tokens, int nameId, TokenDictionary.Builder dictionary) {
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (token.kind() != TokenKind.LEGAL_FORM && token.kind() != TokenKind.INITIAL) {
                dictionary.add(token.text(), nameId);
                token.alternatives().forEach(alternative -> dictionary.add(alternative, nameId));
            }
            // Two or three adjacent words joined, so that "yunlida" finds "Yun Li Da".
            if (i + 1 < tokens.size()
                    && token.kind().isWordLike()
                    && tokens.get(i + 1).kind().isWordLike()) {
                String pair = token.text() + tokens.get(i + 1).text();
                dictionary.addJoined(pair, nameId);
                if (i + 2 < tokens.size() && tokens.get(i + 2).kind().isWordLike()) {
                    dictionary.addJoined(pair + tokens.get(i + 2).text(), nameId);
                }
            }
        }
    }

    public ListSnapshot snapshot() {
        return snapshot;
    }

    public ListEntry entry(int entryIndex) {
        return snapshot.entries().get(entryIndex);
    }

    public IndexedName name(int nameId) {
        return names[nameId];
    }

    public int nameCount() {
        return names.length;
    }

    public TokenWeights weights() {
        return weights;
    }

    TokenDictionary dictionary() {
        return dictionary;
    }

    /**
     * The names most likely to match the query, best first, at most {@code limit}: names sharing
     * words, near-words (typos, sound-alikes) or joined words with it, ranked by IDF-weighted overlap.
     */
    public List<Candidate> candidates(List<PreparedName> queryVariants, int limit) {
        return search.find(queryVariants, limit, 0f);
    }

    /** Like {@link #candidates(List, int)}, leaving out names whose overlap is below {@code minOverlap}. */
    public List<Candidate> candidates(List<PreparedName> queryVariants, int limit, double minOverlap) {
        return search.find(queryVariants, limit, (float) minOverlap);
    }

    /** Sizes of the index structures, for reports. */
    public IndexStatistics statistics() {
        return new IndexStatistics(
                snapshot.size(),
                names.length,
                dictionary.size(),
                dictionary.postingCount(),
                dictionary.fuzzyKeyCount());
    }

    /** A candidate name and its preliminary (overlap) score. */
    public record Candidate(int nameId, float overlap) {}

    /** Counts describing an index. */
    public record IndexStatistics(int entries, int names, int distinctTokens, long postings, int fuzzyKeys) {}
}
