package org.parley.screening.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenSimilarityTest {

    @Test
    void identicalWordsScoreOne() {
        assertThat(TokenSimilarity.words("huawei", "huawei")).isEqualTo(1.0);
    }

    @Test
    void typosWithinTheBudgetScoreByLengthAndEdits() {
        assertThat(TokenSimilarity.words("huawie", "huawei")).isCloseTo(0.9, within(1e-9));
        assertThat(TokenSimilarity.words("vladimirovitch", "vladimirovich")).isGreaterThan(0.95);
        assertThat(TokenSimilarity.words("abdurrahim", "abdurrahman")).isBetween(0.8, 0.9);
    }

    @Test
    void shortWordsNeedTheSameFirstLetter() {
        assertThat(TokenSimilarity.words("ali", "aly")).isZero();
        assertThat(TokenSimilarity.words("wali", "ali")).isZero();
        assertThat(TokenSimilarity.words("olaf", "olof")).isGreaterThan(0.8);
    }

    @Test
    void differentFirstLettersCostExceptForTransliterationPairs() {
        assertThat(TokenSimilarity.words("wladimir", "vladimir")).isGreaterThan(0.9);
        assertThat(TokenSimilarity.words("carvana", "arvana")).isLessThan(TokenSimilarity.words("arvano", "arvana"));
    }

    @Test
    void abjadRenderingsMeetBySkeleton() {
        assertThat(TokenSimilarity.skeleton("bwtyn")).isEqualTo(TokenSimilarity.skeleton("putin"));
        assertThat(TokenSimilarity.words("bwtyn", "putin")).isEqualTo(TokenSimilarity.PHONETIC);
        assertThat(TokenSimilarity.words("anixter", "honestar")).isZero();
    }

    @Test
    void numbersMatchOnlyExactly() {
        assertThat(TokenSimilarity.words("771", "772")).isZero();
        assertThat(TokenSimilarity.words("28", "28")).isEqualTo(1.0);
    }

    @Test
    void boundedDistanceCountsSwapsAsOneEditAndStopsEarly() {
        assertThat(TokenSimilarity.boundedDistance("huawie", "huawei", 2)).isEqualTo(1);
        assertThat(TokenSimilarity.boundedDistance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }
}
