package org.parley.screening.match;

import java.util.List;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.lists.PartyType;

/** Hand-written list entries for screener tests (not copied from any list file). */
final class TestEntries {
    private TestEntries() {}

    static ListEntry entry(String id, String list, PartyType type, String name, String country, Alias... aliases) {
        var builder = new ListEntryBuilder()
                .id(id)
                .listCode(list)
                .type(type)
                .name(name)
                .country(country);
        for (Alias alias : aliases) {
            builder.alias(alias);
        }
        return builder.build();
    }

    static ListSnapshot snapshot() {
        return ListSnapshot.of(
                List.of(
                        entry("1", "EL", PartyType.ORGANIZATION, "Huawei Technologies Co., Ltd.", "CN"),
                        entry(
                                "2",
                                "EL",
                                PartyType.ORGANIZATION,
                                "Hangzhou Hikvision Digital Technology Co., Ltd.",
                                "CN"),
                        entry(
                                "3",
                                "EL",
                                PartyType.ORGANIZATION,
                                "Beijing University of Aeronautics and Astronautics (BUAA)",
                                "CN"),
                        entry("4", "EL", PartyType.ORGANIZATION, "Harbin Institute of Technology", "CN"),
                        entry(
                                "5",
                                "EL",
                                PartyType.ORGANIZATION,
                                "Semiconductor Manufacturing International Corporation (SMIC)",
                                "CN"),
                        entry("6", "SDN", PartyType.PERSON, "PUTIN, Vladimir Vladimirovich", "RU"),
                        entry(
                                "7",
                                "SDN",
                                PartyType.ORGANIZATION,
                                "Tactical Missiles Corporation JSC",
                                "RU",
                                Alias.strong("KTRV"),
                                new Alias("Missiles Corporation", true)),
                        entry("8", "SDN", PartyType.PERSON, "KIM, Jong Un", "KP"),
                        entry(
                                "9",
                                "EL",
                                PartyType.ORGANIZATION,
                                "Nanjing University of Aeronautics and Astronautics",
                                "CN"),
                        entry("10", "DPL", PartyType.UNKNOWN, "Oriental Trading Company", null)),
                null,
                List.of());
    }
}
