package org.parley.bench.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.screening.index.IndexedName;
import org.parley.screening.index.NameIndex;
import org.parley.screening.index.PreparedName;
import org.parley.screening.names.NameNormalizer;
import org.parley.screening.names.NameToken;
import org.parley.screening.names.TokenSimilarity;

/**
 * The brute-force baseline: every query is scored against every indexed name with per-word
 * Jaro-Winkler, the approach of moov-io/watchman (best pairs of words, weighted by word length, in
 * both directions). Uses the same normalization as the real screener, so that the comparison
 * measures the index and not the normalizer. Immutable, thread-safe.
 */
public final class BruteForceScreener {
    private final NameIndex index;
    private final String[][] names;

    public BruteForceScreener(NameIndex index) {
        this.index = index;
        this.names = new String[index.nameCount()][];
        for (int nameId = 0; nameId < names.length; nameId++) {
            IndexedName name = index.name(nameId);
            PreparedName tokens = name.variants().get(0);
            names[nameId] = new String[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                names[nameId][i] = tokens.text(i);
            }
        }
    }

    /** A baseline hit: entry position, matched name and score. */
    public record Hit(int entryIndex, String name, double score) {}

    public List<Hit> screen(String query, double threshold) {
        String[] words = NameNormalizer.standard().normalize(query).tokens().stream()
                .map(NameToken::text)
                .toArray(String[]::new);
        var hits = new ArrayList<Hit>();
        if (words.length == 0) {
            return hits;
        }
        for (int nameId = 0; nameId < names.length; nameId++) {
            double score = Math.min(bestPairs(words, names[nameId]), bestPairs(names[nameId], words));
            if (score >= threshold) {
                IndexedName name = index.name(nameId);
                hits.add(new Hit(name.entryIndex(), name.name(), score));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits;
    }

    /** Length-weighted mean over {@code from}'s words of the best Jaro-Winkler against {@code to}. */
    static double bestPairs(String[] from, String[] to) {
        if (to.length == 0) {
            return 0;
        }
        double weighted = 0;
        double totalLength = 0;
        for (String word : from) {
            double best = 0;
            for (String other : to) {
                best = Math.max(best, TokenSimilarity.jaroWinkler(word, other));
            }
            weighted += best * word.length();
            totalLength += word.length();
        }
        return totalLength == 0 ? 0 : weighted / totalLength;
    }
}
