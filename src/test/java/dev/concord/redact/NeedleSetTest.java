package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NeedleSetTest {

    private final NeedleSet set = new NeedleSet("pass", "pwd", "Cookie", "--");

    @Test
    void findsTheFirstWordIgnoringCase() {
        assertThat(set.indexIn("my PassWord", 0)).isEqualTo(3);
        assertThat(set.indexIn("a COOKIE and a pwd", 0)).isEqualTo(2);
        assertThat(set.indexIn("x --y", 0)).isEqualTo(2);
        assertThat(set.indexIn("pa ss, pw d, cookiE", 0)).isEqualTo(13);
    }

    @Test
    void tellsWhichWordStartsAtAnIndex() {
        assertThat(set.whichAt("use pwd", 4)).isEqualTo(1);
        assertThat(set.whichAt("SET-COOKIE", 4)).isEqualTo(2);
        assertThat(set.whichAt("use pwd", 3)).isEqualTo(-1);
        assertThat(set.whichAt("p", 0)).isEqualTo(-1);
    }

    @Test
    void missesWordsThatAreCutShortOrAbsent() {
        assertThat(set.indexIn("pas", 0)).isEqualTo(-1);
        assertThat(set.indexIn("ñpass", 0)).isEqualTo(1);
        assertThat(set.indexIn("", 0)).isEqualTo(-1);
        assertThat(set.occursIn("nothing here")).isFalse();
    }

    @Test
    void refusesEmptyWordsOrANonAsciiFirstCharacter() {
        assertThatThrownBy(() -> new NeedleSet("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeedleSet("ñame")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesNonAsciiLettersAfterTheFirstExactly() {
        NeedleSet set = new NeedleSet("née le");

        assertThat(set.indexIn("elle est née le 3 mars", 0)).isEqualTo(9);
        assertThat(set.indexIn("elle est nee le 3 mars", 0)).isEqualTo(-1);
    }

    @Test
    void findsWordStartsOnlyWhenAsked() {
        NeedleSet anywhere = new NeedleSet("hi");
        NeedleSet wordStarts = new NeedleSet(true, "hi", "[at]");

        assertThat(anywhere.indexIn("this", 0)).isEqualTo(1);
        assertThat(wordStarts.indexIn("this", 0)).isEqualTo(-1);
        assertThat(wordStarts.indexIn("oh, hi", 0)).isEqualTo(4);
        assertThat(wordStarts.indexIn("jane[at]x", 0)).as("symbol needles are found anywhere").isEqualTo(4);
    }
}
