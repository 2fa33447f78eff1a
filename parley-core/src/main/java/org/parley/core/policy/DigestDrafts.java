package org.parley.core.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.screening.diff.EntrySummary;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;

/**
 * Writes the English and Chinese draft of a policy update from one list's changes, e.g. "Entity
 * List: 14 additions, 90 FR 12345". English is authoritative: entry names stay as listed.
 * Stateless.
 */
final class DigestDrafts {

    /** Entries named per section; the rest are counted. */
    static final int LISTED_ENTRIES = 30;

    private DigestDrafts() {}

    static NewPolicyUpdate draft(SnapshotDiff digest, ListChanges list) {
        ListProfile profile = ListProfile.of(list.listCode(), list.source());
        String citation = citations(list.added());
        LocalDate asOf = digest.newer().asOf();
        String counts = DigestWording.ENGLISH.counts(list);
        String title = clip(profile.englishName() + ": " + counts + (citation == null ? "" : ", " + citation), 300);
        String chineseTitle = clip(
                profile.chineseName() + "：" + DigestWording.CHINESE.counts(list)
                        + (citation == null ? "" : "，" + citation),
                300);
        return new NewPolicyUpdate(
                Map.of(
                        "en",
                        new PolicyText(title, DigestWording.ENGLISH.summary(profile.englishName(), digest, list)),
                        "zh",
                        new PolicyText(
                                chineseTitle, DigestWording.CHINESE.summary(profile.chineseName(), digest, list))),
                "en",
                profile.jurisdiction(),
                profile.issuingBody(),
                list.added().isEmpty() ? InstrumentType.LIST_AMENDMENT : InstrumentType.LIST_ADDITION,
                asOf,
                null,
                citation == null ? null : clip(citation, 500),
                sourceUrl(list),
                List.of("restricted-party lists", clip(profile.englishName().toLowerCase(Locale.ROOT), 50)),
                null);
    }

    /**
     * The Federal Register notices that added the entries: the last citation of each entry (the
     * list gives them oldest first), each once.
     */
    static String citations(List<EntrySummary> added) {
        List<String> citations = added.stream()
                .map(EntrySummary::federalRegisterNotice)
                .filter(Objects::nonNull)
                .map(notice -> Arrays.stream(notice.split(";"))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .reduce((first, second) -> second)
                        .orElse(null))
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        return citations.isEmpty() ? null : String.join("; ", citations);
    }

    private static String sourceUrl(ListChanges list) {
        return list.added().stream()
                .map(EntrySummary::sourceUrl)
                .filter(url -> url != null && (url.startsWith("https://") || url.startsWith("http://")))
                .findFirst()
                .orElse(null);
    }

    static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    static String entryLine(EntrySummary entry) {
        String countries = entry.countries().isEmpty() ? "" : " (" + String.join(", ", entry.countries()) + ")";
        String notice = entry.federalRegisterNotice() == null ? "" : " — " + entry.federalRegisterNotice();
        return "- " + entry.name() + countries + notice;
    }

    static <T> String lines(List<T> items, Function<T, String> line, String more) {
        String shown = items.stream().limit(LISTED_ENTRIES).map(line).collect(Collectors.joining("\n"));
        int rest = items.size() - LISTED_ENTRIES;
        return rest > 0 ? shown + "\n" + more.formatted(rest) : shown;
    }
}
