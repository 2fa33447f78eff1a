package org.parley.screening.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads an OFAC legacy CSV file set from a folder: primary records ({@code sdn.csv} / {@code
 * cons_prim.csv}), aliases, addresses and the optional remarks overflow. Names are kept as
 * published ("LAST, First"); weak a.k.a.s in the remarks become weak aliases. Thread-safe
 * (stateless).
 */
public final class OfacCsvReader {
    private static final int PRIMARY_COLUMNS = 12;
    private static final int ALIAS_COLUMNS = 5;
    private static final int ADDRESS_COLUMNS = 6;
    private static final int COMMENT_COLUMNS = 2;

    private OfacCsvReader() {}

    public static ListSnapshot read(Path folder, OfacFileSet set) {
        return read(folder, set, bytes -> {});
    }

    /** Reads the set in {@code folder}, reporting the bytes read so far (all files) to {@code progress}. */
    public static ListSnapshot read(Path folder, OfacFileSet set, LongConsumer progress) {
        Path primary = require(folder, set, set.primary());
        Path aliases = require(folder, set, set.aliases());
        Path addresses = require(folder, set, set.addresses());
        Path comments = folder.resolve(set.comments());
        var parties = new LinkedHashMap<String, OfacParty>();
        var counter = new CumulativeProgress(progress);

        OfacRows.forEach(primary, PRIMARY_COLUMNS, counter.next(size(primary)), row -> {
            var party = OfacParty.fromPrimary(row);
            if (parties.putIfAbsent(party.entityNumber(), party) != null) {
                throw new RecordException("duplicate entity number " + party.entityNumber());
            }
        });
        OfacRows.forEach(
                aliases,
                ALIAS_COLUMNS,
                counter.next(size(aliases)),
                row -> party(parties, row).alias(row));
        OfacRows.forEach(
                addresses,
                ADDRESS_COLUMNS,
                counter.next(size(addresses)),
                row -> party(parties, row).address(row));
        if (Files.isRegularFile(comments)) {
            OfacRows.forEach(
                    comments,
                    COMMENT_COLUMNS,
                    counter.next(size(comments)),
                    row -> party(parties, row).remarksOverflow(row.get(1)));
        }

        var entries = new ArrayList<ListEntry>(parties.size());
        parties.values().forEach(party -> entries.add(party.toEntry(set)));
        var date = DataDates.resolve(folder, null);
        String name = ListInputs.fileName(folder) + "/" + set.primary();
        return ListSnapshot.of(
                entries, date, List.of(new ListSnapshot.SourceFile(set.format(), name, date, entries.size())));
    }

    /** The total size of the set's files in {@code folder} (for progress bars). */
    static long size(Path folder, OfacFileSet set) {
        return set.fileNames().stream()
                .map(folder::resolve)
                .filter(Files::isRegularFile)
                .mapToLong(OfacCsvReader::size)
                .sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw ListInputs.failure(file, 0, e);
        }
    }

    private static Path require(Path folder, OfacFileSet set, String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ListFileException(
                    file,
                    0,
                    "incomplete OFAC file set: " + name + " is missing (a set needs " + set.primary() + ", "
                            + set.aliases() + " and " + set.addresses() + ")");
        }
        return file;
    }

    private static OfacParty party(Map<String, OfacParty> parties, OfacRows.Row row) {
        String entityNumber = row.get(0);
        OfacParty party = entityNumber == null ? null : parties.get(entityNumber);
        if (party == null) {
            throw new RecordException("entity number " + entityNumber + " is not in the primary file");
        }
        return party;
    }
}
