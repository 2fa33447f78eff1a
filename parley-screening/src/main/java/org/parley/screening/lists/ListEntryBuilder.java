package org.parley.screening.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Mutable builder for {@link ListEntry}, used by the list readers. Not thread-safe. */
public final class ListEntryBuilder {
    private String id;
    private String listCode;
    private String source;
    private String entityNumber;
    private PartyType type = PartyType.UNKNOWN;
    private String name;
    private final List<Alias> aliases = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<String> programs = new ArrayList<>();
    private String licenseRequirement;
    private String licensePolicy;
    private String federalRegisterNotice;
    private LocalDate startDate;
    private LocalDate endDate;
    private String remarks;
    private String sourceUrl;

    public ListEntryBuilder id(String value) {
        id = value;
        return this;
    }

    public ListEntryBuilder listCode(String value) {
        listCode = value;
        return this;
    }

    public ListEntryBuilder source(String value) {
        source = value;
        return this;
    }

    public ListEntryBuilder entityNumber(String value) {
        entityNumber = value;
        return this;
    }

    public ListEntryBuilder type(PartyType value) {
        type = value;
        return this;
    }

    public ListEntryBuilder name(String value) {
        name = value;
        return this;
    }

    public ListEntryBuilder alias(Alias value) {
        aliases.add(value);
        return this;
    }

    public ListEntryBuilder address(Address value) {
        addresses.add(value);
        return this;
    }

    /** Adds a country code once, keeping first-seen order. */
    public ListEntryBuilder country(String value) {
        if (value != null && !value.isBlank() && !countries.contains(value)) {
            countries.add(value);
        }
        return this;
    }

    public ListEntryBuilder program(String value) {
        programs.add(value);
        return this;
    }

    public ListEntryBuilder licenseRequirement(String value) {
        licenseRequirement = value;
        return this;
    }

    public ListEntryBuilder licensePolicy(String value) {
        licensePolicy = value;
        return this;
    }

    public ListEntryBuilder federalRegisterNotice(String value) {
        federalRegisterNotice = value;
        return this;
    }

    public ListEntryBuilder startDate(LocalDate value) {
        startDate = value;
        return this;
    }

    public ListEntryBuilder endDate(LocalDate value) {
        endDate = value;
        return this;
    }

    public ListEntryBuilder remarks(String value) {
        remarks = value;
        return this;
    }

    public ListEntryBuilder sourceUrl(String value) {
        sourceUrl = value;
        return this;
    }

    public String name() {
        return name;
    }

    public ListEntry build() {
        return new ListEntry(
                id,
                listCode,
                source,
                entityNumber,
                type,
                name,
                aliases,
                addresses,
                countries,
                programs,
                licenseRequirement,
                licensePolicy,
                federalRegisterNotice,
                startDate,
                endDate,
                remarks,
                sourceUrl);
    }
}
