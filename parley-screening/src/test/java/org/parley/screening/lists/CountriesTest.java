package org.parley.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CN|CN",
                "hk|HK",
                "PRC|CN",
                "TURKIYE|TR",
                "Türkiye|TR",
                "Turkey|TR",
                "MACAU|MO",
                "MAN, ISLE OF|IM",
                "Korea, North|KP",
                "Democratic People's Republic of Korea|KP",
                "Korea, South|KR",
                "Iran (Islamic Republic of)|IR",
                "Burma|MM",
                "Congo, Democratic Republic of the|CD",
                "Cote d Ivoire|CI",
                "Côte d’Ivoire|CI",
                "China, Hong Kong Special Administrative Region|HK",
                "United Kingdom of Great Britain and Northern Ireland|GB",
                "Bosnia and Herzegovina|BA",
                "Saint Vincent and the Grenadines|VC",
                "Kosovo|XK",
                "REGION: CHINA|CN",
                "Region: West Bank|PS"
            })
    void mapsTheListsSpellingsToIsoCodes(String text, String code) {
        assertThat(Countries.isoCode(text)).contains(code);
        assertThat(Countries.codeOrText(text)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CRIMEA (OCCUPIED)", "Region: Kafia Kingi", "Netherlands Antilles", "former Soviet Union"})
    void keepsValuesWithoutACodeAsPublished(String text) {
        assertThat(Countries.isoCode(text)).isEmpty();
        assertThat(Countries.codeOrText(" " + text + " ")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0-", "undetermined", "na", "  "})
    void dropsUnknownMarkers(String text) {
        assertThat(Countries.codeOrText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "85043", "Atlantis"})
    void hasNoCodeForNonCountries(String text) {
        assertThat(Countries.isoCode(text)).isEmpty();
    }
}
