package dev.concord.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The UTF-8 check gives the JDK's strict decoder's verdict, on edge cases and on random bytes. */
class Utf8Test {
    static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"41", "c280", "dfbf", "e0a080", "efbfbf", "ed9fbf", "f0908080", "f48fbfbf", "e282ac41",
            "c0af", "c1bf", "e080af", "eda080", "edbfbf", "f08f8080", "f4908080", "f5808080", "ff", "80", "c2", "e282",
            "f09f98", "c241", "e28241", "f09f9841", "41c3"})
    void agreesWithTheJdkOnEdgeCases(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        assertThat(Utf8.isWellFormed(b, 0, b.length)).as(hex).isEqualTo(jdkAccepts(b));
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        SplittableRandom rng = new SplittableRandom(7);
        int rejected = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[1 + rng.nextInt(6)];
            for (int i = 0; i < b.length; i++) {
                // mostly lead and continuation bytes, where the edge cases are
                b[i] = (byte) (rng.nextInt(4) == 0 ? rng.nextInt(0x80) : 0x80 + rng.nextInt(0x80));
            }
            boolean jdk = jdkAccepts(b);
            assertThat(Utf8.isWellFormed(b, 0, b.length)).as(HexFormat.of().formatHex(b)).isEqualTo(jdk);
            rejected += jdk ? 0 : 1;
        }
        assertThat(rejected).isBetween(1_000, 199_000);
    }

    @Test
    void checksOnlyTheGivenRange() {
        byte[] b = {(byte) 0xff, 'a', (byte) 0xc3, (byte) 0xa9, (byte) 0xc3};
        assertThat(Utf8.isWellFormed(b, 1, 4)).isTrue();
        assertThat(Utf8.isWellFormed(b, 1, 5)).isFalse();
    }
}
