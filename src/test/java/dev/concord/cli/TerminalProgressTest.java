package dev.concord.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalProgressTest {
    private final StringWriter out = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private TerminalProgress progress(boolean enabled) {
        return new TerminalProgress(new PrintWriter(out), enabled, now::get);
    }

    @Test
    void oneLineRewrittenInPlaceAtEachStepAndAtMostFiveTimesASecond() {
        TerminalProgress p = progress(true);
        p.progress(10, 100, "reading big.jsonl");
        now.addAndGet(50_000_000L);
        p.progress(20, 100, "reading big.jsonl");
        assertThat(out.toString()).as("too soon to redraw").isEqualTo("\rreading big.jsonl  10%");
        now.addAndGet(200_000_000L);
        p.progress(42, 100, "reading big.jsonl");
        p.progress(0, -1, "saving to the database");
        assertThat(out.toString()).isEqualTo("\rreading big.jsonl  10%\rreading big.jsonl  42%"
                + "\rsaving to the database…");
    }

    @Test
    void aShorterLineBlanksWhatIsLeftOfTheLongerOneAndCloseErasesTheLine() {
        TerminalProgress p = progress(true);
        p.progress(0, -1, "building the flagged queue");
        p.progress(1, 2, "done");
        p.close();
        String text = out.toString();
        String longer = "building the flagged queue…";
        assertThat(text).startsWith("\r" + longer + "\rdone  50%" + " ".repeat(longer.length() - "done  50%".length()));
        assertThat(text).endsWith("\r" + " ".repeat("done  50%".length()) + "\r");
    }

    @Test
    void withoutAConsoleNothingIsPrinted() {
        TerminalProgress p = progress(false);
        p.progress(1, 2, "reading big.jsonl");
        p.close();
        assertThat(out.toString()).isEmpty();
        TerminalProgress.onConsole(new PrintWriter(out)).progress(1, 2, "tests run without a console");
        assertThat(out.toString()).isEmpty();
    }
}
