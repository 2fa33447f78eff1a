package org.parley.screening.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of list entries as published on a given day, with a content hash so that a
 * decision can name exactly which lists it was screened against. Thread-safe.
 *
 * @param entries every entry of every list in the snapshot
 * @param asOf the data date of the newest source file
 * @param sources one line per source file read (format, name, data date)
 * @param contentHash SHA-256 (hex) over the entries' content, independent of source-file order
 */
public record ListSnapshot(List<ListEntry> entries, LocalDate asOf, List<SourceFile> sources, String contentHash) {

    /** A file or download a snapshot was read from. */
    public record SourceFile(String format, String name, LocalDate asOf, int entries) {}

    public ListSnapshot {
        entries = List.copyOf(entries);
        sources = List.copyOf(sources);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static ListSnapshot of(List<ListEntry> entries, LocalDate asOf, List<SourceFile> sources) {
        return new ListSnapshot(entries, asOf, sources, hash(entries));
    }

    public static ListSnapshot empty() {
        return of(List.of(), null, List.of());
    }

    /** Both snapshots together; the data date is the newer of the two. */
    public ListSnapshot merge(ListSnapshot other) {
        var all = new ArrayList<>(entries);
        all.addAll(other.entries);
        var files = new ArrayList<>(sources);
        files.addAll(other.sources);
        LocalDate newest =
                asOf == null ? other.asOf : other.asOf == null || asOf.isAfter(other.asOf) ? asOf : other.asOf;
        return of(all, newest, files);
    }

    public int size() {
        return entries.size();
    }

    private static String hash(List<ListEntry> entries) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        // Record.toString() covers every component, so any change to an entry changes the hash;
        // sorting makes the hash independent of the order in which files were read.
        entries.stream()
                .map(ListEntry::toString)
                .sorted(Comparator.naturalOrder())
                .forEach(line -> {
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                });
        return HexFormat.of().formatHex(digest.digest());
    }
}
