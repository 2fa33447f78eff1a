package org.parley.core.members;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.PartyType;

/**
 * Screens a member's name and organisation against the current list snapshot. The screener is
 * supplied per call so that a list update (a new snapshot) takes effect without restarting.
 * Thread-safe if the supplier is.
 */
public final class MemberScreening {

    private final Supplier<Screener> screener;
    private final double threshold;

    /**
     * @param threshold the score at or above which a hit holds the membership for review
     */
    public MemberScreening(Supplier<Screener> screener, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.screener = screener;
        this.threshold = threshold;
    }

    ScreeningOutcome screen(String fullName, String organisation, List<String> nationalities) {
        Screener current = screener.get();
        String country = nationalities.isEmpty() ? null : nationalities.get(0);
        List<PossibleMatch> matches = new ArrayList<>();
        collect(current, new ScreeningQuery(fullName, country, PartyType.PERSON), matches);
        collect(current, new ScreeningQuery(organisation, null, PartyType.ORGANIZATION), matches);
        return new ScreeningOutcome(
                current.snapshot().contentHash(), current.snapshot().asOf(), matches);
    }

    private void collect(Screener current, ScreeningQuery query, List<PossibleMatch> matches) {
        matches.addAll(matches(current, query, threshold));
    }

    /** The possible matches of one query at or above {@code threshold}, best first. */
    static List<PossibleMatch> matches(Screener current, ScreeningQuery query, double threshold) {
        List<PossibleMatch> matches = new ArrayList<>();
        for (ScreeningHit hit : current.screen(query, threshold)) {
            ListEntry entry = hit.entry();
            matches.add(new PossibleMatch(
                    query.name(),
                    query.type(),
                    entry.listCode(),
                    entry.id(),
                    entry.name(),
                    hit.matchedName(),
                    hit.score(),
                    fingerprint(entry)));
        }
        return matches;
    }

    /** SHA-256 over the entry's full content: any change to the listing gives a new fingerprint. */
    static String fingerprint(ListEntry entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(entry.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
