package dev.concord.ingest.formats;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A declarative mapping of any JSONL (or JSON array) log onto Concord's events: which field path holds each part of
 * an interaction and how rating values read as up or down. Paths are dotted ({@code feedback.rating},
 * {@code messages[0].text}) or JSON pointers ({@code /feedback/rating}). Read from JSON or YAML.
 *
 * @param prompt   path of the prompt messages (a list of objects with {@link #role} and {@link #content}), or
 * @param question path of a single user question (used when {@code prompt} is not given)
 * @param tools    path of the functions offered to the model (OpenAI {@code tools} list), or null
 * @param up       rating values (as text, any case) that mean thumbs up; with {@code down} empty, the usual labels
 *                 and the numeric threshold of the feedback options apply
 */
public record Mapping(JsonPointer session, JsonPointer id, JsonPointer time, JsonPointer model, JsonPointer prompt,
                      JsonPointer question, String role, String content, JsonPointer answer, JsonPointer rating,
                      JsonPointer correction, JsonPointer comment, Set<String> up, Set<String> down, JsonPointer tools) {
    private static final Set<String> KEYS = Set.of("session", "id", "time", "model", "prompt", "question", "role",
            "content", "answer", "rating", "correction", "comment", "rating_values", "tools");

    /** Reads a mapping file: {@code .yaml}/{@code .yml} as YAML, anything else as JSON. */
    public static Mapping read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.newBufferedReader(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid " + (mapper.getFactory() instanceof YAMLFactory
                    ? "YAML" : "JSON") + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        return of(root, file.toString());
    }

    /** A mapping from its JSON form; {@code name} names it in errors. */
    public static Mapping of(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": a mapping is an object of field paths");
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(name + ": unknown key '" + k + "' (known: " + String.join(", ", sorted()) + ")");
            }
        });
        JsonPointer id = path(root, "id", name);
        JsonPointer time = path(root, "time", name);
        JsonPointer answer = path(root, "answer", name);
        JsonPointer prompt = path(root, "prompt", name);
        JsonPointer question = path(root, "question", name);
        if (id == null || time == null || answer == null || prompt == null && question == null) {
            throw new IllegalArgumentException(name + ": a mapping needs id, time, answer and prompt or question");
        }
        JsonNode values = root.path("rating_values");
        return new Mapping(path(root, "session", name), id, time, path(root, "model", name), prompt, question,
                root.path("role").asText("role"), root.path("content").asText("content"), answer,
                path(root, "rating", name), path(root, "correction", name), path(root, "comment", name),
                values(values.get("up")), values(values.get("down")), path(root, "tools", name));
    }

    private static List<String> sorted() {
        List<String> k = new ArrayList<>(KEYS);
        k.sort(null);
        return k;
    }

    private static Set<String> values(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null) {
            for (JsonNode v : list.isArray() ? list : List.of(list)) {
                out.add(v.asText().strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static JsonPointer path(JsonNode root, String key, String name) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(name + ": '" + key + "' must be a field path such as a.b[0].c");
        }
        return pointer(v.asText().strip());
    }

    /** A dotted path with {@code [N]} indices, or a JSON pointer, as a pointer. */
    static JsonPointer pointer(String path) {
        if (path.startsWith("/")) {
            return JsonPointer.compile(path);
        }
        StringBuilder b = new StringBuilder();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String head = bracket < 0 ? part : part.substring(0, bracket);
            if (!head.isEmpty()) {
                b.append('/').append(Nodes.key(head));
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed [ in path '" + path + "'");
                }
                b.append('/').append(part, bracket + 1, close);
                bracket = part.indexOf('[', close);
            }
        }
        return JsonPointer.compile(b.toString());
    }

    /** Whether rating values are mapped here rather than read as the usual labels. */
    boolean mapsRatings() {
        return !up.isEmpty() || !down.isEmpty();
    }
}
