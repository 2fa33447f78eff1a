package org.parley.screening.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    private final NameNormalizer normalizer = NameNormalizer.standard();

    private List<String> texts(String name) {
        return normalizer.normalize(name).tokens().stream().map(NameToken::text).toList();
    }

    private List<TokenKind> kinds(String name) {
        return normalizer.normalize(name).tokens().stream().map(NameToken::kind).toList();
    }

    @Test
    void foldsCaseDiacriticsPunctuationAndFullWidth() {
        assertThat(texts("Ｈｕａｗｅｉ　Ｔｅｃｈｎｏｌｏｇｉｅｓ")).containsExactly("huawei", "technologies");
        assertThat(texts("Vladímír  PÚTÍN")).containsExactly("vladimir", "putin");
        assertThat(texts("Ölgesellschaft Straße")).containsExactly("olgesellschaft", "strasse");
        assertThat(texts("O'Brien-Smith")).containsExactly("obrien", "smith");
    }

    @Test
    void collapsesLegalFormsToOneCanonicalToken() {
        assertThat(texts("Huawei Technologies Co., Ltd.")).containsExactly("huawei", "technologies", "co ltd");
        assertThat(texts("Huawei Technologies Company Limited")).containsExactly("huawei", "technologies", "co ltd");
        assertThat(kinds("Gazprom Neft JSC")).containsExactly(TokenKind.WORD, TokenKind.WORD, TokenKind.LEGAL_FORM);
        assertThat(texts("ООО Ромашка")).containsExactly("llc", "romaska");
        assertThat(normalizer.normalize("Huawei Technologies Co., Ltd.").notes())
                .contains("legal form dropped: co ltd");
    }

    @Test
    void shortLegalCodesCountOnlyAtTheEdges() {
        assertThat(kinds("Alpha AG")).containsExactly(TokenKind.WORD, TokenKind.LEGAL_FORM);
        assertThat(kinds("Ag Chem Trading")).first().isEqualTo(TokenKind.LEGAL_FORM);
        assertThat(kinds("Best Ag Chem Trading")).containsOnly(TokenKind.WORD);
    }

    @Test
    void correctsMistypedLegalFormWords() {
        var normalized = normalizer.normalize("Kanilai Farms Limitde");
        assertThat(normalized.tokens().get(2).kind()).isEqualTo(TokenKind.LEGAL_FORM);
        assertThat(normalized.notes()).contains("legal form typo: limitde→limited");
    }

    @Test
    void nameWithOnlyLegalFormsKeepsThemAsWords() {
        assertThat(kinds("Holding Group")).containsOnly(TokenKind.WORD);
    }

    @Test
    void turnsListPersonOrderAround() {
        var normalized = normalizer.normalize("PUTIN, Vladimir Vladimirovich");
        assertThat(normalized.text()).isEqualTo("vladimir vladimirovich putin");
        assertThat(normalized.notes()).anyMatch(note -> note.startsWith("name order:"));
        assertThat(texts("Cencora, Inc.")).containsExactly("cencora", "inc");
    }

    @Test
    void transliteratesOtherScriptsAndDropsTitles() {
        var normalized = normalizer.normalize("Президент Владимир Путин");
        assertThat(normalized.text()).isEqualTo("vladimir putin");
        assertThat(normalized.notes()).contains("cyrillic→latin: prezident vladimir putin", "title dropped: prezident");
        assertThat(texts("Βλαντίμιρ Πούτιν")).containsExactly("blantimir", "poutin");
    }

    @Test
    void readsNumbersOrdinalsAndDottedAcronyms() {
        assertThat(kinds("10th Research Institute")).first().isEqualTo(TokenKind.NUMBER);
        assertThat(texts("Third Academy")).containsExactly("3", "academy");
        assertThat(texts("N.A.Z. Technology")).containsExactly("naz", "technology");
        assertThat(kinds("Vladimir V. Putin")).containsExactly(TokenKind.WORD, TokenKind.INITIAL, TokenKind.WORD);
    }

    @Test
    void translatesChineseOrganisationalTermsAndJoinsPinyin() {
        var huawei = normalizer.normalize("华为技术有限公司");
        assertThat(huawei.text()).isEqualTo("huawei technology co ltd");
        assertThat(huawei.notes()).contains("han→latin: hua wei ji shu you xian gong si");
        assertThat(normalizer.normalize("北京航空航天大学").tokens())
                .extracting(NameToken::text)
                .containsExactly("beijing", "aviation", "aerospace", "university");
        assertThat(normalizer.normalize("北京航空航天大学").tokens().get(1).alternatives())
                .contains("aeronautics");
    }

    @Test
    void offersStructuralVariantsOfGlossaryTerms() {
        var harbin = normalizer.normalize("哈尔滨工业大学");
        assertThat(harbin.variants())
                .extracting(tokens -> tokens.stream().map(NameToken::text).toList())
                .contains(List.of("harbin", "institute", "technology"));
        assertThat(harbin.tokens().get(0).kind()).isEqualTo(TokenKind.PLACE);
    }

    @Test
    void foldsTraditionalAndJapaneseFormsAndReadsChineseOrdinals() {
        var cetc = normalizer.normalize("中国電子科技集団公司第十研究所");
        assertThat(cetc.tokens()).extracting(NameToken::text).contains("china", "electronics", "10", "institute");
    }

    @Test
    void shortHanNameIsReadAsFamilyAndGivenName() {
        assertThat(texts("习近平")).containsExactly("xi", "jinping");
    }

    @Test
    void readsNumbersWrittenInPlainDigitsOrBeforeAUnit() {
        assertThat(texts("天津七六四通信导航技术有限公司")).contains("764");
        assertThat(texts("中国航天科工集团第二研究院二〇六所")).contains("2", "206");
        assertThat(texts("中国电子科技集团公司第十四研究所")).contains("14", "research", "institute");
        assertThat(texts("China Electronic Technology Group Corporation No. 11 Research Institute"))
                .doesNotContain("no")
                .contains("11");
        // two digits are a brand, not a number
        assertThat(texts("三一重工股份有限公司")).doesNotContain("31");
    }

    @Test
    void dropsAdministrativeSuffixesAfterPlaces() {
        assertThat(texts("厦门市美亚柏科信息股份有限公司")).startsWith("xiamen", "meiya");
        var changzhou = normalizer.normalize("常州市国光数据通信有限公司");
        assertThat(changzhou.tokens().get(0)).isEqualTo(NameToken.of("changzhou", TokenKind.PLACE));
    }

    @Test
    void offersOtherReadingsOfCharactersWithSeveral() {
        NameToken changjiang = normalizer.normalize("长江存储科技有限责任公司").tokens().get(0);
        assertThat(changjiang.text()).isEqualTo("zhangjiang");
        assertThat(changjiang.alternatives()).contains("changjiang");
    }

    @Test
    void splitsHanToLeaveTheFewestCharactersUnexplained() {
        // greedy longest match would read 翔 + 宇航 + 空; 翔宇 + 航空 explains more with one leftover run
        assertThat(texts("西安翔宇航空科技集团有限公司")).startsWith("xian", "xiangyu", "aviation");
    }

    @Test
    void readsFourCharacterNamesAsBrandsUnlessTheFamilyNameHasTwoCharacters() {
        assertThat(texts("中科曙光")).containsExactly("zhongke", "shuguang");
        assertThat(texts("欧阳娜娜")).containsExactly("ouyang", "nana");
    }

    @Test
    void marksGlossaryWordsAsTermsAndKnowsWhichWordsAreGeneric() {
        var university = normalizer.normalize("哈尔滨工程大学");
        assertThat(university.tokens()).extracting(NameToken::kind).contains(TokenKind.TERM);
        assertThat(normalizer.genericWords()).contains("university", "research", "technology");
        assertThat(normalizer.formWords()).contains("china", "research").doesNotContain("university");
        // English names are not translated: their words stay ordinary words
        assertThat(kinds("Harbin Engineering University")).doesNotContain(TokenKind.TERM);
    }

    @Test
    void offersEveryOtherRenderingOfOneTermAlone() {
        var nudt = normalizer.normalize("国防科技大学");
        assertThat(nudt.variants())
                .extracting(tokens -> tokens.stream().map(NameToken::text).toList())
                .contains(List.of("national", "defense", "university", "technology"));
    }
}
