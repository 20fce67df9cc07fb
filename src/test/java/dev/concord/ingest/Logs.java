package dev.concord.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds small JSONL agent logs for tests, one event per call. Timestamps advance a minute per event. */
public final class Logs {
    private final List<String> lines = new ArrayList<>();
    private int minute;

    public static Logs log() {
        return new Logs();
    }

    private String ts() {
        minute++;
        return java.time.Instant.parse("2026-11-20T08:00:00Z").plusSeconds(60L * minute).toString();
    }

    public Logs generation(String id, String session, String prompt, String output) {
        return line("{\"type\":\"generation\",\"id\":\"" + id + "\",\"session\":\"" + session + "\",\"ts\":\"" + ts()
                + "\",\"model\":\"agent-v3\",\"prompt\":[{\"role\":\"system\",\"content\":\"Be helpful.\"},"
                + "{\"role\":\"user\",\"content\":" + q(prompt) + "}],\"output\":" + q(output) + ",\"sources\":[\"kb/1\"]}");
    }

    public Logs retry(String id, String session, String regenerates, String output) {
        line("{\"type\":\"regenerate\",\"generation\":\"" + regenerates + "\",\"ts\":\"" + ts() + "\"}");
        return line("{\"type\":\"generation\",\"id\":\"" + id + "\",\"session\":\"" + session + "\",\"ts\":\"" + ts()
                + "\",\"regenerates\":\"" + regenerates + "\",\"prompt\":\"retry prompt\",\"output\":" + q(output) + "}");
    }

    public Logs up(String generation) {
        return line("{\"type\":\"feedback\",\"generation\":\"" + generation + "\",\"ts\":\"" + ts() + "\",\"rating\":\"up\"}");
    }

    public Logs down(String generation) {
        return line("{\"type\":\"feedback\",\"generation\":\"" + generation + "\",\"ts\":\"" + ts()
                + "\",\"rating\":\"down\",\"correction\":null,\"comment\":\"wrong\"}");
    }

    public Logs downWithCorrection(String generation, String correction) {
        return line("{\"type\":\"feedback\",\"generation\":\"" + generation + "\",\"ts\":\"" + ts()
                + "\",\"rating\":\"down\",\"correction\":" + q(correction) + "}");
    }

    public Logs edit(String generation, String text) {
        return line("{\"type\":\"edit\",\"generation\":\"" + generation + "\",\"ts\":\"" + ts() + "\",\"text\":" + q(text) + "}");
    }

    public Logs copy(String generation) {
        return line("{\"type\":\"copy\",\"generation\":\"" + generation + "\",\"ts\":\"" + ts() + "\"}");
    }

    public Logs regenerateRequest(String generation) {
        return line("{\"type\":\"regenerate\",\"generation\":\"" + generation + "\",\"ts\":\"" + ts() + "\"}");
    }

    public Logs end(String session, String outcome) {
        return line("{\"type\":\"session_end\",\"session\":\"" + session + "\",\"ts\":\"" + ts() + "\",\"outcome\":\"" + outcome + "\"}");
    }

    public Logs line(String raw) {
        lines.add(raw);
        return this;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public Path writeTo(Path file) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
