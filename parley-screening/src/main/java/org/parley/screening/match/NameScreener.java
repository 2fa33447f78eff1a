package org.parley.screening.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.index.IndexedName;
import org.parley.screening.index.NameIndex;
import org.parley.screening.index.PreparedName;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.names.NameNormalizer;
import org.parley.screening.names.NameToken;
import org.parley.screening.names.NormalizedName;

/**
 * The restricted-party name screener: normalizes the query, takes candidates from the inverted
 * index and scores each by token alignment, adjusted mildly by country and type hints. Weak aliases
 * count only when every word is identical (legal forms and initials aside). Immutable,
 * thread-safe.
 */
public final class NameScreener implements Screener {
    /** Score at or above which a name is reported; tuned on the evaluation sets (see parley-bench). */
    public static final double DEFAULT_THRESHOLD = 0.85;

    /** Candidates scored per query; ties with the last one are kept too (see the index). */
    private static final int CANDIDATES = 32;
    /** Candidates whose word overlap is below this share of the threshold are not scored. */
    private static final double MIN_OVERLAP_SHARE = 0.4;

    private final NameIndex index;
    private final NameNormalizer normalizer;

    private NameScreener(NameIndex index, NameNormalizer normalizer) {
        this.index = index;
        this.normalizer = normalizer;
    }

    /** Builds the index for {@code snapshot}: a few seconds for the full lists (≈ 84,000 names). */
    public static NameScreener of(ListSnapshot snapshot) {
        NameNormalizer normalizer = NameNormalizer.standard();
        return new NameScreener(NameIndex.build(snapshot, normalizer), normalizer);
    }

    @Override
    public ListSnapshot snapshot() {
        return index.snapshot();
    }

    public NameIndex index() {
        return index;
    }

    @Override
    public List<ScreeningHit> screen(ScreeningQuery query, double threshold) {
        NormalizedName normalized = normalizer.normalize(query.name());
        if (normalized.isEmpty()) {
            return List.of();
        }
        List<PreparedName> queryVariants = prepare(normalized);
        Map<Integer, Scored> bestPerEntry = new HashMap<>();
        // Names with little word overlap cannot score near the threshold: the index leaves them out.
        for (NameIndex.Candidate candidate :
                index.candidates(queryVariants, CANDIDATES, threshold * MIN_OVERLAP_SHARE)) {
            IndexedName name = index.name(candidate.nameId());
            Alignment alignment = best(queryVariants, name.variants());
            if (name.weak() && !alignment.pairsAllWordsExactly()) {
                continue;
            }
            ListEntry entry = index.entry(name.entryIndex());
            double score = clamp(alignment.score() + QueryHints.adjustment(query, entry, null));
            Scored scored = new Scored(name, alignment, score);
            bestPerEntry.merge(name.entryIndex(), scored, (a, b) -> b.score() > a.score() ? b : a);
        }
        var hits = new ArrayList<ScreeningHit>();
        bestPerEntry.values().stream()
                .filter(scored -> scored.score() >= threshold)
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparingInt(scored -> scored.name().entryIndex()))
                .forEach(scored -> hits.add(hit(query, normalized, scored)));
        return hits;
    }

    /** Scores {@code listName} as if it were a listed name, with this index's word statistics. */
    public NameComparison compare(String query, String listName) {
        NormalizedName normalizedQuery = normalizer.normalize(query);
        NormalizedName normalizedList = normalizer.normalize(listName);
        if (normalizedQuery.isEmpty() || normalizedList.isEmpty()) {
            return new NameComparison(0.0, List.of("nothing to compare after normalization"));
        }
        Alignment alignment = best(prepare(normalizedQuery), prepare(normalizedList));
        var explanation = new ArrayList<>(normalizedQuery.notes());
        explanation.addAll(Explanation.of(alignment));
        return new NameComparison(round(alignment.score()), explanation);
    }

    private ScreeningHit hit(ScreeningQuery query, NormalizedName normalized, Scored scored) {
        ListEntry entry = index.entry(scored.name().entryIndex());
        var explanation = new ArrayList<>(normalized.notes());
        if (scored.name().weak()) {
            explanation.add("weak alias matched exactly: " + scored.name().name());
        } else if (!scored.name().name().equals(entry.name())) {
            explanation.add((scored.name().derived() ? "part of listed name: " : "alias: ")
                    + scored.name().name());
        }
        explanation.addAll(Explanation.of(scored.alignment()));
        QueryHints.adjustment(query, entry, explanation);
        return new ScreeningHit(entry, scored.name().name(), round(scored.score()), explanation);
    }

    private List<PreparedName> prepare(NormalizedName normalized) {
        var prepared = new ArrayList<PreparedName>(normalized.variants().size());
        for (List<NameToken> tokens : normalized.variants()) {
            prepared.add(new PreparedName(tokens, index.weights()));
        }
        return prepared;
    }

    private static Alignment best(List<PreparedName> queryVariants, List<PreparedName> listVariants) {
        Alignment best = null;
        for (PreparedName query : queryVariants) {
            for (PreparedName listName : listVariants) {
                Alignment alignment = TokenAligner.align(query, listName);
                if (best == null || alignment.score() > best.score()) {
                    best = alignment;
                }
            }
        }
        return best;
    }

    private static double clamp(double score) {
        return Math.max(0.0, Math.min(1.0, score));
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private record Scored(IndexedName name, Alignment alignment, double score) {}
}
