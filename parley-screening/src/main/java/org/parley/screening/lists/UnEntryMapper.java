package org.parley.screening.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

/** Turns one UN {@code INDIVIDUAL} or {@code ENTITY} element into a {@link ListEntry}. Thread-safe. */
final class UnEntryMapper {
    private static final String[] NAME_PARTS = {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"};
    private static final String WEAK_QUALITY = "low";

    private UnEntryMapper() {}

    static ListEntry toEntry(XmlNode record) {
        boolean individual = record.name().equals("INDIVIDUAL");
        String prefix = individual ? "INDIVIDUAL_" : "ENTITY_";
        String reference = record.text("REFERENCE_NUMBER");
        String id = reference != null ? reference : record.text("DATAID");
        if (id == null) {
            throw new RecordException(record.name() + " without REFERENCE_NUMBER or DATAID");
        }
        var entry = new ListEntryBuilder()
                .id(id)
                .listCode(ListCodes.UN)
                .source(ListCodes.sourceName(ListCodes.UN))
                .type(individual ? PartyType.PERSON : PartyType.ORGANIZATION)
                .name(name(record, id))
                .startDate(listedOn(record))
                .remarks(record.text("COMMENTS1"));
        String program = record.text("UN_LIST_TYPE");
        if (program != null) {
            entry.program(program);
        }
        String originalScript = record.text("NAME_ORIGINAL_SCRIPT");
        if (originalScript != null) {
            entry.alias(Alias.strong(originalScript));
        }
        for (XmlNode alias : record.all(prefix + "ALIAS")) {
            String name = alias.text("ALIAS_NAME");
            String quality = alias.text("QUALITY");
            if (name != null) {
                entry.alias(new Alias(
                        name,
                        quality != null && quality.toLowerCase(Locale.ROOT).equals(WEAK_QUALITY)));
            }
        }
        for (XmlNode address : record.all(prefix + "ADDRESS")) {
            addAddress(entry, address);
        }
        for (XmlNode nationality : record.all("NATIONALITY")) {
            nationality.all("VALUE").forEach(value -> entry.country(Countries.codeOrText(value.text())));
        }
        return entry.build();
    }

    /** The name parts FIRST_NAME … FOURTH_NAME joined by spaces (entities use FIRST_NAME only). */
    private static String name(XmlNode record, String id) {
        var parts = new ArrayList<String>();
        for (String part : NAME_PARTS) {
            String value = record.text(part);
            if (value != null) {
                parts.add(value);
            }
        }
        if (parts.isEmpty()) {
            throw new RecordException(record.name() + " " + id + " has no name");
        }
        return String.join(" ", parts);
    }

    private static LocalDate listedOn(XmlNode record) {
        try {
            return DataDates.iso(record.text("LISTED_ON"));
        } catch (RecordException e) {
            throw new RecordException("LISTED_ON: " + e.getMessage());
        }
    }

    private static void addAddress(ListEntryBuilder entry, XmlNode node) {
        String country = Countries.codeOrText(node.text("COUNTRY"));
        var address = new Address(
                node.text("STREET"), node.text("CITY"), node.text("STATE_PROVINCE"), node.text("ZIP_CODE"), country);
        if (!address.oneLine().isEmpty()) {
            entry.address(address).country(country);
        }
    }
}
