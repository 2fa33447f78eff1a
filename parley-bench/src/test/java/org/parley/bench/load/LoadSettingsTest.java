package org.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void readsRateWarmUpAndMix() {
        var settings = LoadSettings.parse(
                "--base", "http://127.0.0.1:9000", "--rate", "2500", "--warmup", "5", "--mix", "screen=9,release=1");
        assertThat(settings.rate()).isEqualTo(2500.0);
        assertThat(settings.warmup().toSeconds()).isEqualTo(5);
        assertThat(settings.mix()).containsEntry(Action.SCREEN, 9).containsEntry(Action.RELEASE, 1);
    }

    @Test
    void refusesAnythingButThisMachineAndNamesBadOptions() {
        assertThatThrownBy(() -> LoadSettings.parse("--base", "http://192.0.2.1:8080"))
                .hasMessageContaining("--base must be an http URL on this machine");
        assertThatThrownBy(() -> LoadSettings.parse("--rate", "-1")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> LoadSettings.parse("--users", "0")).hasMessageContaining("--users");
        assertThatThrownBy(() -> LoadSettings.parse("--mix", "screen")).hasMessageContaining("--mix entries");
        assertThatThrownBy(() -> LoadSettings.parse("--speed", "9")).hasMessageContaining("unknown option");
    }
}
