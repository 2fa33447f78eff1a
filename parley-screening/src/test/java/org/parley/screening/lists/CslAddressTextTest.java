package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CslAddressTextTest {

    @Test
    void splitsAddressesAndTakesTheTrailingCodeAsCountry() {
        var addresses = CslAddressText.parse("12 Sample Lane, Springfield, Region, 12345, DE; Lakeside, FR");

        assertThat(addresses)
                .containsExactly(
                        new Address("12 Sample Lane, Springfield, Region, 12345", null, null, null, "DE"),
                        new Address(null, "Lakeside", null, null, "FR"));
        assertThat(addresses.get(0).oneLine()).isEqualTo("12 Sample Lane, Springfield, Region, 12345, DE");
    }

    @Test
    void readsCountryOnlyValuesIncludingNonIsoOnes() {
        assertThat(CslAddressText.parse("HK; CN; MAN, ISLE OF; PRC; CRIMEA (OCCUPIED)"))
                .extracting(Address::country)
                .containsExactly("HK", "CN", "IM", "CN", "CRIMEA (OCCUPIED)");
    }

    @Test
    void anAddressWithoutCountryKeepsAllItsText() {
        assertThat(CslAddressText.parse("100 Example Road, Smalltown, 99999"))
                .containsExactly(new Address("100 Example Road, Smalltown, 99999", null, null, null, null));
    }

    @Test
    void blankColumnHasNoAddresses() {
        assertThat(CslAddressText.parse("")).isEmpty();
        assertThat(CslAddressText.parse(null)).isEmpty();
    }
}
