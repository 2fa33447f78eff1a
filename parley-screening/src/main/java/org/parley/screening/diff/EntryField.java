package org.parley.screening.diff;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.screening.lists.Address;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;

/**
 * The parts of a list entry a digest compares. Multi-valued fields compare as sets, so a re-ordered
 * alias list is no change; every value is compared with its white space collapsed, so re-wrapped
 * licence texts are no change either. Thread-safe (stateless).
 */
public enum EntryField {
    NAME("name", false, entry -> Stream.of(entry.name())),
    TYPE("type", false, entry -> Stream.of(entry.type().name())),
    ALIASES("aliases", true, entry -> entry.aliases().stream().map(EntryField::alias)),
    ADDRESSES("addresses", true, entry -> entry.addresses().stream().map(Address::oneLine)),
    PROGRAMS("programmes", true, entry -> entry.programs().stream()),
    LICENSE_REQUIREMENT("licence requirement", false, entry -> Stream.ofNullable(entry.licenseRequirement())),
    LICENSE_POLICY("licence policy", false, entry -> Stream.ofNullable(entry.licensePolicy())),
    FEDERAL_REGISTER_NOTICE("FR citation", false, entry -> Stream.ofNullable(entry.federalRegisterNotice())),
    START_DATE(
            "start date", false, entry -> Stream.ofNullable(entry.startDate()).map(Object::toString)),
    END_DATE("end date", false, entry -> Stream.ofNullable(entry.endDate()).map(Object::toString)),
    REMARKS("remarks", false, entry -> Stream.ofNullable(entry.remarks()));

    private final String label;
    private final boolean multiValued;
    private final Function<ListEntry, Stream<String>> values;

    EntryField(String label, boolean multiValued, Function<ListEntry, Stream<String>> values) {
        this.label = label;
        this.multiValued = multiValued;
        this.values = values;
    }

    /** How a report names the field, e.g. "licence policy". */
    public String label() {
        return label;
    }

    /** Whether the field holds several values (aliases, addresses, programmes). */
    public boolean multiValued() {
        return multiValued;
    }

    /** The field's values in {@code entry}: distinct, white space collapsed, blanks dropped, sorted. */
    public List<String> values(ListEntry entry) {
        return values.apply(entry)
                .map(EntryField::collapse)
                .filter(value -> !value.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    private static String alias(Alias alias) {
        return alias.weak() ? alias.name() + " (weak)" : alias.name();
    }

    private static String collapse(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
