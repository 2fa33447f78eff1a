package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.screening.diff.EntryChange;
import org.parley.screening.diff.EntrySummary;
import org.parley.screening.diff.FieldChange;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;
import org.parley.screening.diff.SnapshotInfo;

/** The human-readable form of a list digest. Thread-safe (stateless). */
final class DiffReport {

    private DiffReport() {}

    /** The whole digest, naming at most {@code limit} entries per section (0: all). */
    static void print(PrintWriter out, SnapshotDiff diff, int limit) {
        out.printf("older: %s%nnewer: %s%n", describe(diff.older()), describe(diff.newer()));
        diff.notes().forEach(note -> out.println("note: " + note));
        for (ListChanges list : diff.lists()) {
            out.printf("%n%s%n", heading(list));
            if (!list.fieldsNotCompared().isEmpty()) {
                out.println("  not compared (one side leaves them empty): "
                        + list.fieldsNotCompared().stream()
                                .map(field -> field.label())
                                .collect(Collectors.joining(", ")));
            }
            section(out, list.added(), limit, entry -> "  + " + entry(entry));
            section(out, list.removed(), limit, entry -> "  - " + entry(entry));
            section(out, list.changed(), limit, DiffReport::change);
        }
        out.flush();
    }

    /** One line per list with its counts, e.g. after an import. */
    static void printSummary(PrintWriter out, SnapshotDiff diff) {
        if (!diff.comparable()) {
            out.println("not compared with " + diff.older().label() + ": " + diff.incompatibility());
            out.flush();
            return;
        }
        out.println("changes against " + diff.older().label() + ":");
        diff.lists().forEach(list -> out.println("  " + heading(list)));
        diff.notes().forEach(note -> out.println("  note: " + note));
        out.flush();
    }

    private static String heading(ListChanges list) {
        return String.format(
                "%-7s %d → %d entries: %d added, %d removed, %d changed",
                list.listCode(),
                list.olderEntries(),
                list.newerEntries(),
                list.added().size(),
                list.removed().size(),
                list.changed().size());
    }

    private static String describe(SnapshotInfo info) {
        return String.format(
                "%s (data as of %s, %d entries, %s)",
                info.label(), info.asOf(), info.entries(), String.join(", ", info.formats()));
    }

    private static String entry(EntrySummary entry) {
        String number = entry.entityNumber() == null ? "" : " [" + entry.entityNumber() + "]";
        String countries = entry.countries().isEmpty() ? "" : " (" + String.join(", ", entry.countries()) + ")";
        String notice = entry.federalRegisterNotice() == null ? "" : " — " + entry.federalRegisterNotice();
        return entry.name() + number + countries + notice;
    }

    private static String change(EntryChange change) {
        String fields = change.changes().stream().map(DiffReport::field).collect(Collectors.joining("; "));
        return "  ~ " + entry(change.entry()) + "\n      " + fields;
    }

    private static String field(FieldChange change) {
        if (!change.field().multiValued()) {
            return change.field().label() + ": " + quoted(change.removed()) + " → " + quoted(change.added());
        }
        String added = change.added().stream().map(value -> "+" + value).collect(Collectors.joining(", "));
        String removed = change.removed().stream().map(value -> "-" + value).collect(Collectors.joining(", "));
        return change.field().label() + ": "
                + String.join(
                        ", ",
                        List.of(added, removed).stream()
                                .filter(s -> !s.isEmpty())
                                .toList());
    }

    private static String quoted(List<String> values) {
        return values.isEmpty() ? "(none)" : "'" + values.get(0) + "'";
    }

    private static <T> void section(PrintWriter out, List<T> items, int limit, Function<T, String> line) {
        int shown = limit == 0 ? items.size() : Math.min(limit, items.size());
        items.stream().limit(shown).map(line).forEach(out::println);
        if (shown < items.size()) {
            out.printf("  … %d more (--limit 0 shows all)%n", items.size() - shown);
        }
    }
}
