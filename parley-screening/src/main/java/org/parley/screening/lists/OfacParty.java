package org.parley.screening.lists;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One OFAC party being assembled from the primary, alias, address and comment files. Not thread-safe. */
final class OfacParty {
    /** Programmes are written "[A] [B]", often without the outer brackets: "A] [B". */
    private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");

    private final ListEntryBuilder entry = new ListEntryBuilder();
    private final String entityNumber;
    private final List<String> programs;
    private final StringBuilder remarks = new StringBuilder();

    private OfacParty(String entityNumber, List<String> programs) {
        this.entityNumber = entityNumber;
        this.programs = programs;
    }

    /** A party from a primary row: ent_num, name, type, programme, title, vessel fields, remarks. */
    static OfacParty fromPrimary(OfacRows.Row row) {
        String entityNumber = row.get(0);
        String name = row.get(1);
        if (entityNumber == null) {
            throw new RecordException("missing entity number");
        }
        if (name == null) {
            throw new RecordException("entity " + entityNumber + " has no name");
        }
        var party = new OfacParty(entityNumber, programs(row.get(3)));
        String type = row.get(2);
        party.entry
                .id(entityNumber)
                .entityNumber(entityNumber)
                .name(name)
                .type(PartyType.fromListWord(type == null ? "entity" : type));
        party.programs.forEach(party.entry::program);
        if (row.get(11) != null) {
            party.remarks.append(row.get(11));
        }
        return party;
    }

    String entityNumber() {
        return entityNumber;
    }

    /** An alias row: ent_num, alt_num, alt_type (aka, fka, nka, weak aka), alt_name, remarks. */
    void alias(OfacRows.Row row) {
        String name = row.get(3);
        if (name == null) {
            throw new RecordException("alias " + row.get(1) + " of entity " + entityNumber + " has no name");
        }
        String type = row.get(2);
        entry.alias(
                new Alias(name, type != null && type.toLowerCase(Locale.ROOT).contains("weak")));
    }

    /** An address row: ent_num, add_num, address, city/state/postal code, country, remarks. */
    void address(OfacRows.Row row) {
        String country = Countries.codeOrText(row.get(4));
        if (row.get(2) == null && row.get(3) == null && country == null) {
            return; // OFAC lists an all-null address row for parties without a known address
        }
        // The legacy format gives city, state/province and postal code as one text.
        entry.address(new Address(row.get(2), row.get(3), null, null, country)).country(country);
    }

    /** The remarks text that did not fit the primary file's Remarks column. */
    void remarksOverflow(String text) {
        if (text != null) {
            remarks.append(text);
        }
    }

    ListEntry toEntry(OfacFileSet set) {
        String text = remarks.isEmpty() ? null : remarks.toString();
        OfacRemarks.weakAliases(text).forEach(name -> entry.alias(new Alias(name, true)));
        String listCode = set == OfacFileSet.SDN ? ListCodes.SDN : OfacListCodes.forConsolidated(programs);
        return entry.listCode(listCode)
                .source(ListCodes.sourceName(listCode))
                .remarks(text)
                .build();
    }

    private static List<String> programs(String column) {
        if (column == null) {
            return List.of();
        }
        return Arrays.stream(PROGRAM_SEPARATOR.split(column))
                .map(program -> program.replace("[", "").replace("]", "").trim())
                .filter(program -> !program.isEmpty())
                .toList();
    }
}
