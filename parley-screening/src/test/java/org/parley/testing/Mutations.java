package org.parley.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded mutation generator for hostile-input tests: from a few well-formed seed inputs it derives
 * broken ones (flipped bits, cut, repeated or spliced chunks, inserted syntax tokens of the format,
 * truncation). The same seed always yields the same inputs, so a failure can be replayed from the
 * seed and index printed in the test name. Not thread-safe.
 */
public final class Mutations {
    /** Syntax tokens of the formats we read: they steer mutants toward the parsers' edge cases. */
    private static final List<byte[]> TOKENS = tokens(
            "\"",
            "\"\"",
            ",",
            ";",
            "\t",
            "\n",
            "\r\n",
            "\r",
            "{",
            "}",
            "[",
            "]",
            ":",
            "null",
            "true",
            "-1",
            "1e999",
            "0.5",
            "\"\":",
            "<",
            ">",
            "</",
            "/>",
            "&",
            "&amp;",
            "&lol;",
            "<![CDATA[",
            "]]>",
            "<!--",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "<?xml version=\"1.0\"?>",
            "\\u0000",
            "\\",
            "\u0000",
            "\uFEFF",
            "\u202E",
            "华为",
            "\uD83D\uDE00",
            "-0-",
            "9999999999999999999999");

    private static final int MAX_LENGTH = 1 << 20;

    private final List<byte[]> seeds;
    private final SplittableRandom random;

    public Mutations(List<byte[]> seeds, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed input is needed");
        }
        this.seeds = List.copyOf(seeds);
        this.random = new SplittableRandom(seed);
    }

    /** The next mutant: a seed input with one to four mutations applied. */
    public byte[] next() {
        byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            data = mutate(data);
        }
        return data;
    }

    /** {@code count} mutants, in generation order. */
    public List<byte[]> take(int count) {
        var mutants = new ArrayList<byte[]>(count);
        for (int i = 0; i < count; i++) {
            mutants.add(next());
        }
        return mutants;
    }

    private byte[] mutate(byte[] data) {
        if (data.length == 0) {
            return randomToken();
        }
        return switch (random.nextInt(7)) {
            case 0 -> flipBit(data);
            case 1 -> cut(data);
            case 2 -> repeat(data);
            case 3 -> insert(data, randomToken());
            case 4 -> insert(data, chunkOf(seeds.get(random.nextInt(seeds.size()))));
            case 5 -> Arrays.copyOf(data, random.nextInt(data.length));
            default -> overwrite(data);
        };
    }

    private byte[] flipBit(byte[] data) {
        int at = random.nextInt(data.length);
        data[at] ^= (byte) (1 << random.nextInt(8));
        return data;
    }

    private byte[] cut(byte[] data) {
        int from = random.nextInt(data.length);
        int to = Math.min(data.length, from + 1 + random.nextInt(Math.max(1, data.length / 4)));
        byte[] result = new byte[data.length - (to - from)];
        System.arraycopy(data, 0, result, 0, from);
        System.arraycopy(data, to, result, from, data.length - to);
        return result;
    }

    private byte[] repeat(byte[] data) {
        byte[] chunk = chunkOf(data);
        int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 1000 : 8);
        byte[] repeated = new byte[Math.min(MAX_LENGTH, chunk.length * times)];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = chunk[i % chunk.length];
        }
        return insert(data, repeated);
    }

    private byte[] overwrite(byte[] data) {
        int at = random.nextInt(data.length);
        data[at] = (byte) random.nextInt(256);
        return data;
    }

    private byte[] insert(byte[] data, byte[] piece) {
        if (data.length + piece.length > MAX_LENGTH) {
            return data;
        }
        int at = random.nextInt(data.length + 1);
        byte[] result = new byte[data.length + piece.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(data, at, result, at + piece.length, data.length - at);
        return result;
    }

    private byte[] chunkOf(byte[] data) {
        if (data.length == 0) {
            return randomToken();
        }
        int from = random.nextInt(data.length);
        int length = 1 + random.nextInt(Math.min(64, data.length - from));
        return Arrays.copyOfRange(data, from, from + length);
    }

    private byte[] randomToken() {
        return TOKENS.get(random.nextInt(TOKENS.size())).clone();
    }

    private static List<byte[]> tokens(String... tokens) {
        return Arrays.stream(tokens)
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
    }
}
