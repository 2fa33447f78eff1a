package org.parley.rules.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EccnTest {
    @Test
    void parsesEntriesParagraphsAndEar99() {
        assertThat(Eccn.parse(" 5d992.C ")).isEqualTo(new Eccn("5D992", "c"));
        assertThat(Eccn.parse("5A002.z.1.a").paragraph()).isEqualTo("z.1.a");
        assertThat(Eccn.parse("ear99").isEar99()).isTrue();
        assertThat(Eccn.parse("9E515.a")).hasToString("9E515.a");
    }

    @Test
    void rejectsWhatIsNotAnEccn() {
        assertThatThrownBy(() -> Eccn.parse("5F002")).hasMessageContaining("is not an ECCN");
        assertThatThrownBy(() -> Eccn.parse("EAR-99")).hasMessageContaining("is not an ECCN");
    }

    @Test
    void withinFollowsTheParagraphTree() {
        assertThat(Eccn.parse("5A002.a.1").within(Eccn.parse("5A002.a"))).isTrue();
        assertThat(Eccn.parse("5A002.a").within(Eccn.parse("5A002"))).isTrue();
        assertThat(Eccn.parse("5A002").within(Eccn.parse("5A002.a"))).isFalse();
        assertThat(Eccn.parse("5A002.ab").within(Eccn.parse("5A002.a"))).isFalse();
        assertThat(Eccn.parse("5A004").within(Eccn.parse("5A002"))).isFalse();
    }

    @Test
    void knowsTheMunitionsSeries() {
        assertThat(Eccn.parse("9E515.a").isMunitionsSeries()).isTrue();
        assertThat(Eccn.parse("9E610").isMunitionsSeries()).isTrue();
        assertThat(Eccn.parse("5E002").isMunitionsSeries()).isFalse();
        assertThat(Eccn.EAR99.isMunitionsSeries()).isFalse();
    }
}
