package org.parley.testing;

import java.time.LocalDate;
import java.util.List;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.lists.PartyType;

/** A tiny hand-written list snapshot (an Entity List company, an SDN person) for tests that need a real matcher. */
public final class TestLists {
    public static final LocalDate AS_OF = LocalDate.of(2026, 7, 31);

    private TestLists() {}

    public static ListSnapshot small() {
        var entries = List.of(
                new ListEntryBuilder()
                        .id("fixture-el-1")
                        .listCode("EL")
                        .source("Entity List (test fixture)")
                        .name("Example Optics Co., Ltd.")
                        .type(PartyType.ORGANIZATION)
                        .alias(Alias.strong("示例光学有限公司"))
                        .country("CN")
                        .licenseRequirement("For all items subject to the EAR.")
                        .licensePolicy("Presumption of denial.")
                        .build(),
                new ListEntryBuilder()
                        .id("fixture-sdn-1")
                        .listCode("SDN")
                        .source("Specially Designated Nationals (test fixture)")
                        .name("SAMPLE, Person")
                        .type(PartyType.PERSON)
                        .alias(Alias.strong("Иван Петров"))
                        .country("IR")
                        .build());
        return ListSnapshot.of(entries, AS_OF, List.of());
    }
}
