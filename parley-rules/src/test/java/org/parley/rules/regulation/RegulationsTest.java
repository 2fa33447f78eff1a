package org.parley.rules.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.request.Eccn;

class RegulationsTest {
    private static final Regulations RULES = Regulations.load();

    @Test
    void countryChartIsKeyedByIsoCodeWithTerritories() {
        CountryChart chart = RULES.countryChart();
        assertThat(chart.marked("CN", "NS1")).isTrue();
        assertThat(chart.marked("HK", "NS1")).as("Hong Kong follows China").isTrue();
        assertThat(chart.marked("CA", "NS1")).isFalse();
        assertThat(chart.marked("DE", "NS2")).isFalse();
        assertThat(chart.embargoed("IR")).isTrue();
        assertThat(chart.embargoed("CN")).isFalse();
        assertThat(chart.hasRow("US")).isFalse();
    }

    @Test
    void countryGroups() {
        assertThat(RULES.countryGroups().in("CN", "D:1")).isTrue();
        assertThat(RULES.countryGroups().in("MO", "D:5"))
                .as("Macau is not in D:5")
                .isFalse();
        assertThat(RULES.countryGroups().in("DE", "A:5")).isTrue();
    }

    @Test
    void everyCclEntryIsLoaded() {
        assertThat(RULES.eccnControls().contains("5E002")).isTrue();
        assertThat(RULES.eccnControls().contains("0A919")).isTrue();
        assertThat(RULES.eccnControls().of("5E002").orElseThrow())
                .extracting(Control::reason)
                .contains("NS", "RS", "AT", "EI");
    }

    @Test
    void paragraphScopesFollowTheRequest() {
        var except = new ControlScope.Except(List.of("x", "y"));
        assertThat(except.covers(Eccn.parse("9E515.a"), null)).isEqualTo(Applicability.APPLIES);
        assertThat(except.covers(Eccn.parse("9E515.y"), null)).isEqualTo(Applicability.DOES_NOT_APPLY);

        var zOnly = new ControlScope.ForItems(List.of(Eccn.parse("5A002.z.1.a")));
        assertThat(zOnly.covers(Eccn.parse("5E002"), Eccn.parse("5A002.a"))).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(zOnly.covers(Eccn.parse("5E002"), null)).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(zOnly.covers(Eccn.parse("5E002"), Eccn.parse("5A002.z.1.a"))).isEqualTo(Applicability.APPLIES);

        var forItems = new ControlScope.ForItems(List.of(Eccn.parse("3A001"), Eccn.parse("3A002")));
        assertThat(forItems.covers(Eccn.parse("3E001"), Eccn.parse("3A001.b"))).isEqualTo(Applicability.APPLIES);
        assertThat(forItems.covers(Eccn.parse("3E001"), Eccn.parse("3A090"))).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(forItems.covers(Eccn.parse("3E001"), null)).isEqualTo(Applicability.ASSUMED);
    }

    @Test
    void timelineBoundariesAreInclusive() {
        RulePeriod authorization = RULES.timeline().period(RuleTimeline.ENTITY_LIST_STANDARDS_AUTHORIZATION);
        assertThat(authorization.inForceOn(LocalDate.of(2022, 9, 8))).isFalse();
        assertThat(authorization.inForceOn(LocalDate.of(2022, 9, 9))).isTrue();
        assertThat(authorization.inForceOn(LocalDate.of(2024, 7, 17))).isTrue();
        assertThat(authorization.inForceOn(LocalDate.of(2024, 7, 18))).isFalse();
        assertThat(authorization.federalRegister()).contains("87 FR 55241");
    }

    @Test
    void federalRegisterCitationsGiveListingDates() {
        FederalRegisterDates dates = RULES.federalRegisterDates();
        assertThat(dates.earliest("84 FR 22963, 85 FR 29853")).contains(LocalDate.of(2019, 5, 16));
        assertThat(dates.earliest("62 F.R. 43503 8/14/97")).contains(LocalDate.of(1997, 8, 14));
        assertThat(dates.earliest("85 FR 83799, 12/23/2020")).contains(LocalDate.of(2020, 12, 23));
        assertThat(dates.earliest("88 FR 12175"))
                .as("unknown rule: first day of the volume's year")
                .contains(LocalDate.of(2023, 1, 1));
        assertThat(dates.earliest("no citation")).isEmpty();
    }
}
