package org.parley.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void picksTheFirstOfOurLanguagesTheBrowserAccepts() {
        assertThat(Language.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).contains(Language.ZH);
        assertThat(Language.fromAcceptLanguage("fr-FR, de;q=0.9, en-GB;q=0.5")).contains(Language.EN);
        assertThat(Language.fromAcceptLanguage("zh-TW;q=0, en")).contains(Language.EN);
        assertThat(Language.fromAcceptLanguage("fr, de")).isEmpty();
        assertThat(Language.fromAcceptLanguage("not a ;;; header")).isEmpty();
        assertThat(Language.fromAcceptLanguage(null)).isEmpty();
    }

    @Test
    void readsTagsFromCookiesAndMemberRecords() {
        assertThat(Language.fromTag("zh")).contains(Language.ZH);
        assertThat(Language.fromTag("zh_CN")).contains(Language.ZH);
        assertThat(Language.fromTag("en-US")).contains(Language.EN);
        assertThat(Language.fromTag("ja")).isEmpty();
        assertThat(Language.ZH.htmlLang()).isEqualTo("zh-Hans");
    }
}
