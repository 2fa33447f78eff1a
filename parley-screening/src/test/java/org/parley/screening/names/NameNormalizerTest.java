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
}
