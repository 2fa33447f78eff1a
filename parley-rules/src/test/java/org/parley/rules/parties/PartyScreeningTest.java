package org.parley.rules.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.request.DecisionRequestReader;
import org.parley.screening.Screener;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.ListSnapshot;

class PartyScreeningTest {
    private static final ListEntry BRANCH = entry("1", "Example Chip Manufacturing (Beijing) Corporation");
    private static final ListEntry COMPANY = entry("2", "Example Chip Manufacturing Corporation (ECMC)");

    @Test
    void screensRecipientOwnersAndPrincipalClosestNameFirst() {
        Screener screener = new Screener() {
            @Override
            public List<ScreeningHit> screen(ScreeningQuery query, double threshold) {
                assertThat(threshold).isEqualTo(0.9);
                return List.of(hit(BRANCH), hit(COMPANY));
            }

            @Override
            public ListSnapshot snapshot() {
                return ListSnapshot.of(List.of(BRANCH, COMPANY), LocalDate.of(2026, 7, 31), List.of());
            }
        };
        var request = new DecisionRequestReader().read("""
                {"date":"2026-01-05","item":{"kind":"technology","eccn":"EAR99"},
                 "recipient":{"name":"Example Chip Manufacturing Corporation","country":"CN",
                              "owners":[{"name":"Owner","percent":10}],"onBehalfOf":"Principal"}}""");

        ScreenedParties parties = new PartyScreening(screener, 0.9).screen(request);

        assertThat(parties.listed()).hasSize(6);
        assertThat(parties.transactionParties("EL").getFirst().entry()).isEqualTo(COMPANY);
        assertThat(parties.ownersOn("EL")).containsOnlyKeys("Owner");
        assertThat(parties.on("EL", Set.of(PartyRole.ON_BEHALF_OF))).hasSize(2);
    }

    private static ScreeningHit hit(ListEntry entry) {
        return new ScreeningHit(entry, entry.name(), 1.0, List.of());
    }

    private static ListEntry entry(String id, String name) {
        return new ListEntryBuilder().id(id).listCode("EL").name(name).build();
    }
}
