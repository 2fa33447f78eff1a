package org.parley.rules.parties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.rules.request.Countries;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.RecipientKind;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.PartyType;

/**
 * Screens every party of a request (recipient, owners, the party it acts for) through the screening
 * engine's public API. Thread-safe when the screener is.
 */
public final class PartyScreening {
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final Screener screener;
    private final double threshold;

    public PartyScreening(Screener screener, double threshold) {
        this.screener = Objects.requireNonNull(screener, "screener");
        this.threshold = threshold;
    }

    public ScreenedParties screen(DecisionRequest request) {
        var recipient = request.recipient();
        List<ListedParty> listed = new ArrayList<>();
        PartyType type = recipient.kind() == RecipientKind.PERSON ? PartyType.PERSON : PartyType.ORGANIZATION;
        add(listed, PartyRole.RECIPIENT, recipient.name(), 0, Countries.countryOf(recipient.country()), type);
        for (DecisionRequest.Owner owner : recipient.owners()) {
            add(listed, PartyRole.OWNER, owner.name(), owner.percent(), null, PartyType.UNKNOWN);
        }
        if (recipient.onBehalfOf() != null && !recipient.onBehalfOf().isBlank()) {
            add(listed, PartyRole.ON_BEHALF_OF, recipient.onBehalfOf(), 0, null, PartyType.UNKNOWN);
        }
        return new ScreenedParties(listed);
    }

    /** The data date of the lists screened against, or null when the snapshot has none. */
    public LocalDate listsAsOf() {
        return screener.snapshot().asOf();
    }

    private void add(
            List<ListedParty> listed, PartyRole role, String name, double percent, String country, PartyType type) {
        String wanted = comparable(name);
        screener.screen(new ScreeningQuery(name, country, type), threshold).stream()
                // Equal scores are common (a company and its listed branches): the entry whose own
                // name is closest to the query comes first, so its policy is the one reported.
                .sorted(Comparator.comparingDouble(ScreeningHit::score)
                        .reversed()
                        .thenComparingInt(
                                hit -> distance(wanted, comparable(hit.entry().name()))))
                .forEach(hit -> listed.add(new ListedParty(role, name, percent, hit)));
    }

    /** 0 for the same name, then names that start with the query ("… Corporation (SMIC)"), then the rest. */
    private static int distance(String wanted, String entryName) {
        if (entryName.equals(wanted)) {
            return 0;
        }
        int lengthGap = Math.abs(entryName.length() - wanted.length());
        return (entryName.startsWith(wanted + " ") ? 1_000 : 2_000) + lengthGap;
    }

    /** Lower case, punctuation dropped: "SMIC (Beijing) Corp." → "smic beijing corp". */
    private static String comparable(String name) {
        return NON_ALPHANUMERIC
                .matcher(name.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }
}
