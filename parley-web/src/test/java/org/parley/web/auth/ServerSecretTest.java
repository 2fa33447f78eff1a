package org.parley.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecretTest {

    @TempDir
    Path data;

    private static boolean sameSecret(ServerSecret a, ServerSecret b) {
        SessionCodec codecA = new SessionCodec(a, Clock.systemUTC(), Duration.ofHours(1));
        SessionCodec codecB = new SessionCodec(b, Clock.systemUTC(), Duration.ofHours(1));
        return codecB.decode(codecA.encode(codecA.issue(1))).isPresent();
    }

    @Test
    void theFirstStartWritesASecretOnlyItsOwnerReadsAndLaterStartsReuseIt() throws Exception {
        ServerSecret first = ServerSecret.load(Map.of(), data);
        ServerSecret second = ServerSecret.load(Map.of(), data);

        Path file = data.resolve(ServerSecret.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(sameSecret(first, second)).isTrue();
        assertThat(sameSecret(first, ServerSecret.random())).isFalse();
    }

    @Test
    void theEnvironmentVariableWinsAndMustBeLongEnough() {
        String value = "x".repeat(ServerSecret.MIN_LENGTH);
        ServerSecret configured = ServerSecret.load(Map.of(ServerSecret.VARIABLE, value), data);

        assertThat(sameSecret(configured, ServerSecret.load(Map.of(ServerSecret.VARIABLE, value), data.resolve("x"))))
                .isTrue();
        assertThat(Files.exists(data.resolve(ServerSecret.FILE_NAME))).isFalse();
        assertThatThrownBy(() -> ServerSecret.load(Map.of(ServerSecret.VARIABLE, "short"), data))
                .hasMessageContaining(ServerSecret.VARIABLE)
                .hasMessageContaining("32");
    }

    @Test
    void aDamagedSecretFileIsNamed() throws Exception {
        Files.writeString(data.resolve(ServerSecret.FILE_NAME), "not base64 ***");

        assertThatThrownBy(() -> ServerSecret.load(Map.of(), data)).hasMessageContaining(ServerSecret.FILE_NAME);
    }
}
