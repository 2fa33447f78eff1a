package org.parley.core.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void escapesWildcardsAndTheEscapeCharacter() {
        assertThat(MessageService.likePattern(" 100%_Done! ")).isEqualTo("%100!%!_done!!%");
    }
}
