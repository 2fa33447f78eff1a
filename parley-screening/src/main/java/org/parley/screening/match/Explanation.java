package org.parley.screening.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.screening.index.PreparedName;

/** Turns an alignment into human-readable reasons ("token typo: huawie~huawei (0.93)"). Stateless. */
final class Explanation {
    private Explanation() {}

    static List<String> of(Alignment alignment) {
        var reasons = new ArrayList<String>();
        for (Link link : alignment.links()) {
            String pair = link.querySpelling() + "~" + link.listSpelling();
            switch (link.kind()) {
                case EXACT -> {}
                case ALTERNATIVE ->
                    reasons.add("spelling variant: "
                            + alignment.query().text(link.queryStart()) + "→" + link.querySpelling() + "~"
                            + link.listSpelling());
                case TYPO -> reasons.add("token typo: " + pair + " (" + format(link.similarity()) + ")");
                case SOUND_ALIKE -> reasons.add("sound-alike: " + pair + " (" + format(link.similarity()) + ")");
                case JOINED -> reasons.add("words joined: " + pair + " (" + format(link.similarity()) + ")");
                case INITIAL -> {
                    if (!link.querySpelling().equals(link.listSpelling())) {
                        reasons.add("initial: " + pair);
                    }
                }
                case LEGAL_FORM -> {
                    if (link.similarity() < 1.0) {
                        reasons.add("legal form differs: " + pair);
                    }
                }
            }
        }
        addUnmatched(alignment.query(), alignment, true, "only in query: ", reasons);
        addUnmatched(alignment.listName(), alignment, false, "only in list name: ", reasons);
        return reasons;
    }

    private static void addUnmatched(
            PreparedName name, Alignment alignment, boolean queryside, String prefix, List<String> reasons) {
        boolean[] used = new boolean[name.size()];
        for (Link link : alignment.links()) {
            int start = queryside ? link.queryStart() : link.listStart();
            int end = queryside ? link.queryEnd() : link.listEnd();
            for (int i = start; i < end; i++) {
                used[i] = true;
            }
        }
        var words = new ArrayList<String>();
        for (int i = 0; i < name.size(); i++) {
            if (!used[i]) {
                String suffix = switch (name.kind(i)) {
                    case PLACE -> " (place prefix)";
                    case ROMANIZED -> " (romanized)";
                    case LEGAL_FORM -> " (legal form)";
                    default -> "";
                };
                words.add(name.text(i) + suffix);
            }
        }
        if (!words.isEmpty()) {
            reasons.add(prefix + String.join(", ", words));
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
