package org.parley.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.lists.PartyType;

/** Chinese official names against English list names: generic words, places, brands and numbers. */
class TranslatedNamesTest {
    private static final NameScreener SCREENER = NameScreener.of(ListSnapshot.of(
            List.of(
                    entry("1", "Tianjin University"),
                    entry("2", "University of Science and Technology of China"),
                    entry("3", "China Electronics Technology Group Corporation 14th Research Institute"),
                    entry("4", "Shanghai Institute of Optics and Fine Mechanics"),
                    entry("5", "Beihang University"),
                    entry("6", "Shandong Feiyuan Gas Co., Ltd."),
                    entry("7", "National University of Defense Technology"),
                    entry("8", "Harbin Yun Li Da Technology and Development Co., Ltd.")),
            null,
            List.of()));

    private static org.parley.screening.lists.ListEntry entry(String id, String name) {
        return TestEntries.entry(id, "EL", PartyType.ORGANIZATION, name, "CN");
    }

    private static List<String> hits(String name) {
        return SCREENER.screen(ScreeningQuery.of(name), NameScreener.DEFAULT_THRESHOLD).stream()
                .map(ScreeningHit::entry)
                .map(entry -> entry.id())
                .toList();
    }

    @Test
    void aPlaceAndGenericWordsIdentifyABrandlessName() {
        assertThat(hits("天津大学")).containsExactly("1");
        assertThat(hits("中国科学技术大学")).containsExactly("2");
    }

    @Test
    void anOwnPlaceOrFieldLeftUnmatchedIsAnotherParty() {
        assertThat(hits("天津医科大学")).isEmpty(); // Tianjin Medical University
        assertThat(hits("大连理工大学")).isEmpty(); // Dalian University of Technology
        assertThat(hits("北京大学")).isEmpty(); // Beijing ~ Beihang is a typo, not the same place
    }

    @Test
    void numberedInstitutesMatchOnlyTheirOwnNumber() {
        assertThat(hits("中国电子科技集团公司第十四研究所")).containsExactly("3");
        assertThat(hits("中国电子科技集团公司第十五研究所")).isEmpty();
    }

    @Test
    void formWordsAndParentOrganisationsCostLittle() {
        assertThat(hits("中国科学院上海光学精密机械研究所")).containsExactly("4");
        assertThat(hits("中国人民解放军国防科技大学")).containsExactly("7");
    }

    @Test
    void aMatchedBrandCarriesWordsTheGlossaryDoesNotKnow() {
        assertThat(hits("山东飞源气体有限公司")).containsExactly("6");
        assertThat(hits("山东飞腾气体有限公司")).isEmpty();
        assertThat(hits("哈尔滨云力达科技开发有限公司")).containsExactly("8");
    }

    @Test
    void explanationsShowTheTranslation() {
        ScreeningHit hit = SCREENER.screen(ScreeningQuery.of("天津大学"), NameScreener.DEFAULT_THRESHOLD)
                .get(0);
        assertThat(hit.explanation()).anyMatch(reason -> reason.startsWith("glossary: 天津→tianjin"));
    }
}
