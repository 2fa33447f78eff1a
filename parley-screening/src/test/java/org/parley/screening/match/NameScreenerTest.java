package org.parley.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.screening.ScreeningHit;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.PartyType;

class NameScreenerTest {
    private static final NameScreener SCREENER = NameScreener.of(TestEntries.snapshot());

    private static List<ScreeningHit> screen(String name) {
        return SCREENER.screen(ScreeningQuery.of(name), NameScreener.DEFAULT_THRESHOLD);
    }

    private static String topId(String name) {
        List<ScreeningHit> hits = screen(name);
        return hits.isEmpty() ? null : hits.get(0).entry().id();
    }

    @Test
    void exactNameScoresOne() {
        List<ScreeningHit> hits = screen("Huawei Technologies Co., Ltd.");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits.get(0).matchedName()).isEqualTo("Huawei Technologies Co., Ltd.");
    }

    @Test
    void caseTyposAndLegalFormVariantsStillMatch() {
        assertThat(topId("HUAWEI TECHNOLOGIES COMPANY LIMITED")).isEqualTo("1");
        ScreeningHit typo = screen("Huawie Technologies").get(0);
        assertThat(typo.entry().id()).isEqualTo("1");
        assertThat(typo.score()).isLessThan(1.0);
        assertThat(typo.explanation()).anyMatch(reason -> reason.startsWith("token typo: huawie~huawei"));
    }

    @Test
    void personNamesMatchInEitherOrder() {
        assertThat(topId("Vladimir Vladimirovich Putin")).isEqualTo("6");
        assertThat(topId("Putin Vladimir Vladimirovich")).isEqualTo("6");
        assertThat(topId("Vladimir Putin")).isEqualTo("6");
    }

    @Test
    void otherScriptsAreTransliterated() {
        ScreeningHit hit = screen("Владимир Владимирович Путин").get(0);
        assertThat(hit.entry().id()).isEqualTo("6");
        assertThat(hit.explanation()).anyMatch(reason -> reason.startsWith("cyrillic→latin:"));
    }

    @Test
    void chineseOfficialNamesMeetTheirEnglishListNames() {
        assertThat(topId("华为技术有限公司")).isEqualTo("1");
        assertThat(topId("北京航空航天大学")).isEqualTo("3");
        assertThat(topId("哈尔滨工业大学")).isEqualTo("4");
        assertThat(screen("华为技术有限公司").get(0).explanation())
                .contains("han→latin: hua wei ji shu you xian gong si", "legal form dropped: co ltd");
    }

    @Test
    void differentCitiesAreDifferentParties() {
        List<ScreeningHit> hits = screen("北京航空航天大学");
        assertThat(hits).extracting(hit -> hit.entry().id()).doesNotContain("9");
    }

    @Test
    void droppedCityPrefixStillMatches() {
        ScreeningHit hit = screen("Hikvision Digital Technology Co., Ltd.").get(0);
        assertThat(hit.entry().id()).isEqualTo("2");
        assertThat(hit.score()).isGreaterThan(0.9);
        assertThat(hit.explanation()).contains("only in list name: hangzhou (place prefix)");
    }

    @Test
    void parenthesisedAcronymIsANameOfItsOwn() {
        ScreeningHit hit = screen("SMIC").get(0);
        assertThat(hit.entry().id()).isEqualTo("5");
        assertThat(hit.explanation()).contains("part of listed name: SMIC");
    }

    @Test
    void weakAliasesMatchOnlyExactly() {
        assertThat(screen("Missiles Corporation"))
                .extracting(hit -> hit.entry().id())
                .contains("7");
        assertThat(SCREENER.screen(ScreeningQuery.of("Missile Corporations"), 0.5))
                .extracting(hit -> hit.matchedName())
                .doesNotContain("Missiles Corporation");
    }

    @Test
    void unrelatedNamesDoNotMatch() {
        assertThat(screen("Microsoft Corporation")).isEmpty();
        assertThat(screen("Oriental Apple")).isEmpty();
        assertThat(screen("   ")).isEmpty();
    }

    @Test
    void countryAndTypeHintsAdjustTheScoreMildly() {
        double plain =
                SCREENER.screen(ScreeningQuery.of("Kim Jong Un"), 0.5).get(0).score();
        ScreeningHit matching = SCREENER.screen(new ScreeningQuery("Kim Jong Un", "KP", PartyType.PERSON), 0.5)
                .get(0);
        ScreeningHit conflicting = SCREENER.screen(new ScreeningQuery("Kim Jong Un", "US", PartyType.ORGANIZATION), 0.5)
                .get(0);
        assertThat(matching.explanation()).contains("country matches KP", "type matches PERSON");
        assertThat(conflicting.explanation()).contains("country differs: US not in KP");
        assertThat(conflicting.entry().id()).isEqualTo("8");
        assertThat(conflicting.score()).isLessThan(plain).isGreaterThan(plain - 0.1);
        assertThat(matching.score()).isGreaterThanOrEqualTo(Math.min(1.0, plain));
    }

    @Test
    void hitsAreSortedAndAtOrAboveTheThreshold() {
        List<ScreeningHit> hits = SCREENER.screen(ScreeningQuery.of("University of Aeronautics and Astronautics"), 0.5);
        assertThat(hits).isNotEmpty().allMatch(hit -> hit.score() >= 0.5);
        assertThat(hits).extracting(ScreeningHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void concurrentScreeningGivesTheSameResults() {
        List<String> queries = List.of("Huawei Technologies", "Vladimir Putin", "华为技术有限公司", "KTRV", "Harbin");
        List<List<ScreeningHit>> expected =
                queries.stream().map(NameScreenerTest::screen).toList();
        IntStream.range(0, 200).parallel().forEach(round -> {
            int index = round % queries.size();
            assertThat(screen(queries.get(index))).isEqualTo(expected.get(index));
        });
    }

    @Test
    void pairwiseComparisonExplainsItself() {
        NameComparison comparison = SCREENER.compare("Barak Obama", "Barack Obama");
        assertThat(comparison.score()).isBetween(0.85, 0.99);
        assertThat(comparison.explanation()).anyMatch(reason -> reason.startsWith("token typo: barak~barack"));
        assertThat(SCREENER.compare("Barack Obama", "Michelle Obama").score()).isLessThan(0.7);
    }
}
