package org.parley.bench.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.match.NameScreener;

/** Evaluations that screen queries against a whole snapshot. Stateless. */
public final class ScreeningChecks {
    private ScreeningChecks() {}

    /** Recall per perturbation of generated queries. */
    public static Map<SyntheticQueries.Perturbation, RecallCount> synthetic(
            NameScreener screener, List<SyntheticQueries.Query> queries, double threshold, List<String> misses) {
        Map<SyntheticQueries.Perturbation, RecallCount> counts = new EnumMap<>(SyntheticQueries.Perturbation.class);
        for (SyntheticQueries.Query query : queries) {
            List<ScreeningHit> hits = screener.screen(ScreeningQuery.of(query.text()), threshold);
            boolean[] outcome = outcome(screener, hits, Set.of(query.expectedEntry()));
            counts.merge(query.perturbation(), RecallCount.empty().add(outcome[0], outcome[1]), RecallCount::plus);
            if (!outcome[0] && misses != null) {
                misses.add(query.perturbation() + ": \"" + query.text() + "\" (listed: " + query.listedName() + ")"
                        + (hits.isEmpty()
                                ? ""
                                : " → top hit " + hits.get(0).matchedName() + " "
                                        + hits.get(0).score()));
            }
        }
        return counts;
    }

    /** Recall of Chinese official names against their Entity List entries. */
    public static RecallCount chinese(
            NameScreener screener, List<ChineseNamePairs.Pair> pairs, double threshold, List<String> misses) {
        RecallCount count = RecallCount.empty();
        for (ChineseNamePairs.Pair pair : pairs) {
            List<ScreeningHit> hits = screener.screen(ScreeningQuery.of(pair.chineseName()), threshold);
            boolean[] outcome = outcome(screener, hits, pair.expectedEntries());
            count = count.add(outcome[0], outcome[1]);
            if (!outcome[0] && misses != null) {
                misses.add(pair.chineseName() + " ~ " + pair.englishName() + " (best: " + bestScoreOf(screener, pair)
                        + ")");
            }
        }
        return count;
    }

    private static String bestScoreOf(NameScreener screener, ChineseNamePairs.Pair pair) {
        return String.format(
                java.util.Locale.ROOT,
                "%.3f",
                screener.compare(pair.chineseName(), pair.englishName()).score());
    }

    /** Queries (negatives) with at least one hit; the first few are listed in {@code examples}. */
    public static int queriesWithHits(
            NameScreener screener, List<String> names, double threshold, List<String> examples, int maxExamples) {
        int withHits = 0;
        for (String name : names) {
            List<ScreeningHit> hits = screener.screen(ScreeningQuery.of(name), threshold);
            if (!hits.isEmpty()) {
                withHits++;
                if (examples.size() < maxExamples) {
                    examples.add(name + " → " + hits.get(0).matchedName() + " ("
                            + hits.get(0).listCode() + ", " + hits.get(0).score() + ")");
                }
            }
        }
        return withHits;
    }

    /** Spellings of Vladimir Putin that find his SDN entry. */
    public static List<String> putinMisses(NameScreener screener, List<String> spellings, double threshold) {
        var misses = new ArrayList<String>();
        for (String spelling : spellings) {
            boolean found = screener.screen(ScreeningQuery.of(spelling), threshold).stream()
                    .map(ScreeningHit::entry)
                    .map(ListEntry::name)
                    .anyMatch(name -> name.toUpperCase(java.util.Locale.ROOT).startsWith("PUTIN, VLADIMIR"));
            if (!found) {
                misses.add(spelling);
            }
        }
        return misses;
    }

    /** [found among hits, found with the best score (ties count)]. */
    private static boolean[] outcome(NameScreener screener, List<ScreeningHit> hits, Set<Integer> expected) {
        double best = hits.isEmpty() ? -1 : hits.get(0).score();
        boolean found = false;
        boolean top = false;
        for (ScreeningHit hit : hits) {
            if (expected.contains(indexOf(screener, hit.entry()))) {
                found = true;
                top |= hit.score() >= best;
            }
        }
        return new boolean[] {found, top};
    }

    /** Position of an entry in the screener's snapshot, by identity (equal duplicates stay apart). */
    private static int indexOf(NameScreener screener, ListEntry entry) {
        Map<ListEntry, Integer> positions = POSITIONS.computeIfAbsent(screener, ScreeningChecks::positions);
        return positions.getOrDefault(entry, -1);
    }

    private static Map<ListEntry, Integer> positions(NameScreener screener) {
        Map<ListEntry, Integer> positions = new java.util.IdentityHashMap<>();
        List<ListEntry> entries = screener.snapshot().entries();
        for (int i = 0; i < entries.size(); i++) {
            positions.put(entries.get(i), i);
        }
        return positions;
    }

    private static final Map<NameScreener, Map<ListEntry, Integer>> POSITIONS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
}
