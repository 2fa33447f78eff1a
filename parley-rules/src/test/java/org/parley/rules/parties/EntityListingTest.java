package org.parley.rules.parties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;

class EntityListingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Huawei by name            | Huawei Device Co., Ltd. | For all items subject to the EAR. (See §744.11 of the EAR) | true
            footnote 1 glued          | Example Affiliate Ltd.  | For All Items Subject to the EAR (See §734.9(e)1, and §744.11 of the EAR)2. | true
            footnote 1 spaced         | Example Affiliate Ltd.  | For all items subject to the EAR, see §§ 734.9(e) 1 and 744.11 of the EAR 2 | true
            footnote 4 is not Huawei  | Example Maker Ltd.      | For all items subject to the EAR. (See §§ 734.9(e)(2) and 744.11 of the EAR)4 | false
            footnote 3 is not Huawei  | Example Institute       | All items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR) | false
            """)
    void recognisesHuaweiEntries(String why, String name, String requirement, boolean huawei) {
        assertThat(EntityListing.of(entry(name, requirement, null)).huawei()).isEqualTo(huawei);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            For all items subject to the EAR. (See §744.11 of the EAR)                      | ALL_ITEMS
            All items subject to the EAR except for: crude oil, condensates                  | ALL_ITEMS
            For any item subject to the EAR listed in supplement no. 2 to part 744.          | SUPPLEMENT_2_ITEMS
            For items on the CCL and EAR99 items listed in supplement no. 7 to part 746      | CCL_ITEMS
            """)
    void readsTheItemScope(String requirement, EntityListing.ItemScope scope) {
        assertThat(EntityListing.of(entry("X", requirement, null)).scope()).isEqualTo(scope);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Presumption of denial.         | Presumption of denial
            Presumption for denial         | Presumption of denial
            Presumption of Denial          | Presumption of denial
            Policy of denial.              | Policy of denial
            'Case-by-case   review for ECCNs 1A004.c; presumption of denial otherwise' | Case-by-case review for ECCNs 1A004.c; presumption of denial otherwise
            """)
    void normalisesPolicies(String raw, String expected) {
        assertThat(EntityListing.of(entry("X", "For all items subject to the EAR", raw))
                        .policy())
                .isEqualTo(expected);
    }

    private static ListEntry entry(String name, String requirement, String policy) {
        return new ListEntryBuilder()
                .id("1")
                .listCode("EL")
                .name(name)
                .licenseRequirement(requirement)
                .licensePolicy(policy)
                .build();
    }
}
