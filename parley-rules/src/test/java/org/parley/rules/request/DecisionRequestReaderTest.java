package org.parley.rules.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionRequestReaderTest {
    private static final String VALID = """
            {"id":"r1","date":"2026-10-01","item":{"kind":"technology","eccn":"5e002","forEccn":"5A002.a"},
             "recipient":{"name":" Huawei Technologies Co., Ltd. ","kind":"organization","country":"cn",
                          "owners":[{"name":"Parent","percent":60}]},
             "purpose":"standards","standards":{"intendedForPublication":true,"organization":"IETF"},
             "knowledge":["militaryEndUse"]}""";

    private final DecisionRequestReader reader = new DecisionRequestReader();

    @Test
    void readsTheContractShape() {
        DecisionRequest request = reader.read(VALID);

        assertThat(request.date()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(request.item().eccn()).isEqualTo(new Eccn("5E002", null));
        assertThat(request.item().forEccn()).isEqualTo(new Eccn("5A002", "a"));
        assertThat(request.item().publicStatus()).isEqualTo(PublicStatus.UNPUBLISHED);
        assertThat(request.recipient().name()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(request.recipient().country()).isEqualTo("CN");
        assertThat(request.releaseCountry())
                .as("defaults to the recipient's country")
                .isEqualTo("CN");
        assertThat(request.recipient().owners()).containsExactly(new DecisionRequest.Owner("Parent", 60));
        assertThat(request.standards().intendedForPublication()).isTrue();
        assertThat(request.knowledge()).containsExactly(Knowledge.MILITARY_END_USE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date           | "date":"2026-10-01",             | ''
            date           | "2026-10-01"                     | "01/10/2026"
            item.eccn      | "5e002"                          | "5E00X"
            item.forEccn   | "5A002.a"                        | "five"
            item.kind      | "technology"                     | "gadget"
            recipient.country | "cn"                          | "ZZ"
            purpose        | "standards"                      | "lobbying"
            knowledge[0]   | "militaryEndUse"                 | "clairvoyance"
            recipient.owners[0].percent | 60                  | 160
            """)
    void namesTheFieldAtFault(String field, String valid, String invalid) {
        String broken = VALID.replace(valid, invalid);
        assertThat(broken).isNotEqualTo(VALID);

        assertThatThrownBy(() -> reader.read(broken))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith(field + ":")
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo(field);
    }

    @Test
    void rejectsSomethingThatIsNotJson() {
        assertThatThrownBy(() -> reader.read("{\"date\":")).hasMessageStartingWith("request: not valid JSON");
    }

    @Test
    void acceptsTheCoveredRegionsOfUkraine() {
        DecisionRequest request = reader.read(VALID.replace("\"cn\"", "\"ua-43\""));
        assertThat(request.recipient().country()).isEqualTo("UA-43");
        assertThat(Countries.countryOf("UA-43")).isEqualTo("UA");
    }
}
