package org.parley.screening.lists;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Turns a CSL record (CSV row or JSON object: both use the same field names) into a {@link
 * ListEntry}. Thread-safe (stateless).
 */
final class CslEntryMapper {
    private CslEntryMapper() {}

    static ListEntry toEntry(CslRecord record) {
        String source = required(record, "source");
        String name = required(record, "name");
        var addresses = record.addresses();
        var entry = new ListEntryBuilder()
                .id(id(record, source, name))
                .listCode(ListCodes.fromSource(source))
                .source(source)
                .entityNumber(record.text("entity_number"))
                .type(PartyType.fromListWord(record.text("type")))
                .name(name)
                .licenseRequirement(record.text("license_requirement"))
                .licensePolicy(record.text("license_policy"))
                .federalRegisterNotice(record.text("federal_register_notice"))
                .startDate(date(record, "start_date"))
                .endDate(date(record, "end_date"))
                .remarks(record.text("remarks"))
                .sourceUrl(record.text("source_list_url"));
        record.values("alt_names").forEach(alias -> entry.alias(Alias.strong(alias)));
        record.values("programs").forEach(entry::program);
        for (Address address : addresses) {
            entry.address(address).country(address.country());
        }
        for (String field : new String[] {"nationalities", "citizenships"}) {
            record.values(field).forEach(country -> entry.country(Countries.codeOrText(country)));
        }
        return entry.build();
    }

    /**
     * The feed's own identifier ({@code _id} in CSV, {@code id} in JSON), else the OFAC entity
     * number, else one derived from the content (the older CSV layout has no identifier column).
     */
    private static String id(CslRecord record, String source, String name) {
        for (String field : new String[] {"_id", "id", "entity_number"}) {
            String value = record.text(field);
            if (value != null) {
                return value;
            }
        }
        String addresses = record.addresses().stream().map(Address::oneLine).collect(Collectors.joining("; "));
        return StableIds.of(source, name, addresses, record.text("federal_register_notice"));
    }

    private static String required(CslRecord record, String field) {
        String value = record.text(field);
        if (value == null) {
            throw new RecordException("missing required field '" + field + "'");
        }
        return value;
    }

    private static LocalDate date(CslRecord record, String field) {
        try {
            return DataDates.iso(record.text(field));
        } catch (RecordException e) {
            throw new RecordException(field + ": " + e.getMessage());
        }
    }
}
