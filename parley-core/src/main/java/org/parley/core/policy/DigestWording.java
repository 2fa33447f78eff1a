package org.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.screening.diff.EntryChange;
import org.parley.screening.diff.EntryField;
import org.parley.screening.diff.ListChanges;
import org.parley.screening.diff.SnapshotDiff;

/** The words of a list digest in one language. Thread-safe (immutable). */
enum DigestWording {
    ENGLISH(
            "%d additions",
            "%d removals",
            "%d changes",
            "no changes",
            ", ",
            "Added:",
            "Removed:",
            "Changed:",
            "… and %d more",
            "%s, lists of %s against %s: %s."),
    CHINESE("新增 %d 项", "移除 %d 项", "变更 %d 项", "无变化", "，", "新增：", "移除：", "变更：", "……另有 %d 项", "%s（%s 名单，对比 %s）：%s。");

    private final String added;
    private final String removed;
    private final String changed;
    private final String none;
    private final String separator;
    private final String addedHeading;
    private final String removedHeading;
    private final String changedHeading;
    private final String more;
    private final String opening;

    DigestWording(
            String added,
            String removed,
            String changed,
            String none,
            String separator,
            String addedHeading,
            String removedHeading,
            String changedHeading,
            String more,
            String opening) {
        this.added = added;
        this.removed = removed;
        this.changed = changed;
        this.none = none;
        this.separator = separator;
        this.addedHeading = addedHeading;
        this.removedHeading = removedHeading;
        this.changedHeading = changedHeading;
        this.more = more;
        this.opening = opening;
    }

    /** "14 additions, 2 removals" — only the counts that are not zero. */
    String counts(ListChanges list) {
        var parts = new ArrayList<String>();
        if (!list.added().isEmpty()) {
            parts.add(added.formatted(list.added().size()));
        }
        if (!list.removed().isEmpty()) {
            parts.add(removed.formatted(list.removed().size()));
        }
        if (!list.changed().isEmpty()) {
            parts.add(changed.formatted(list.changed().size()));
        }
        return parts.isEmpty() ? none : String.join(separator, parts);
    }

    String summary(String listName, SnapshotDiff digest, ListChanges list) {
        var sections = new ArrayList<String>();
        sections.add(opening.formatted(
                listName, digest.newer().asOf(), digest.older().asOf(), counts(list)));
        section(sections, addedHeading, DigestDrafts.lines(list.added(), DigestDrafts::entryLine, more));
        section(sections, removedHeading, DigestDrafts.lines(list.removed(), DigestDrafts::entryLine, more));
        section(sections, changedHeading, DigestDrafts.lines(list.changed(), this::changeLine, more));
        return DigestDrafts.clip(String.join("\n\n", sections), PolicyUpdateChecks.SUMMARY_LENGTH);
    }

    private String changeLine(EntryChange change) {
        List<String> fields = change.changes().stream()
                .map(fieldChange -> label(fieldChange.field()))
                .toList();
        return "- " + change.entry().name() + ": " + fields.stream().collect(Collectors.joining(separator));
    }

    private String label(EntryField field) {
        if (this == ENGLISH) {
            return field.label();
        }
        return switch (field) {
            case NAME -> "名称";
            case TYPE -> "类型";
            case ALIASES -> "别名";
            case ADDRESSES -> "地址";
            case PROGRAMS -> "制裁项目";
            case LICENSE_REQUIREMENT -> "许可证要求";
            case LICENSE_POLICY -> "许可审查政策";
            case FEDERAL_REGISTER_NOTICE -> "联邦公报引文";
            case START_DATE -> "生效日期";
            case END_DATE -> "截止日期";
            case REMARKS -> "备注";
        };
    }

    private static void section(List<String> sections, String heading, String lines) {
        if (!lines.isEmpty()) {
            sections.add(heading + "\n" + lines);
        }
    }
}
