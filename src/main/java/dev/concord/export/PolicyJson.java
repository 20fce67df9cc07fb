package dev.concord.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.CurationPolicy;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Share;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The policy file ({@code --policy FILE}, and the {@code policy} object of every manifest). Two levels:
 * {@code consensus}, {@code curation}, {@code output}, each with snake_case keys; a missing key keeps its default,
 * an unknown key is an error. See {@code docs/export.md} for every key.
 */
public final class PolicyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PolicyJson() {
    }

    /** The policy as ordered maps, ready for a JSON writer. */
    public static Map<String, Object> toMap(ExportPolicy p) {
        Map<String, Object> consensus = new LinkedHashMap<>();
        ConsensusPolicy c = p.consensus();
        consensus.put("min_reviews", c.minReviews());
        consensus.put("label_agreement", c.labelAgreement().toString());
        consensus.put("corrections_must_agree", c.correctionsMustAgree());
        consensus.put("correction_similarity", c.correctionThreshold());
        consensus.put("accepted_label", c.acceptedLabel());
        consensus.put("expert_label", c.expertLabel());
        Map<String, Object> curation = new LinkedHashMap<>();
        CurationPolicy k = p.curation();
        curation.put("min_answer_chars", k.minAnswerChars());
        curation.put("max_answer_chars", k.maxAnswerChars());
        curation.put("max_prompt_chars", k.maxPromptChars());
        curation.put("per_label_cap", k.perLabelCap());
        curation.put("recency_half_life_days", k.halfLifeDays());
        curation.put("held_out_share", k.heldOutShare());
        curation.put("automatic_eval_share", k.automaticEvalShare());
        curation.put("include_automatic", k.includeAutomatic());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consensus", consensus);
        m.put("curation", curation);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("dpo_layout", p.dpoLayout().code());
        output.put("eval_layouts", p.evalLayouts().stream().map(ExportPolicy.EvalLayout::code).toList());
        m.put("output", output);
        return m;
    }

    public static String toJson(ExportPolicy p) {
        try {
            return MAPPER.writeValueAsString(toMap(p)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(ExportPolicy p, Path file) throws IOException {
        Files.writeString(file, toJson(p), StandardCharsets.UTF_8);
    }

    /** Reads a policy file; errors name the file, the line and the key. */
    public static ExportPolicy read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        } catch (IOException e) {
            throw new ExportException(file + ": cannot read the policy file: " + e.getMessage(), e);
        }
    }

    public static ExportPolicy parse(String name, String json) {
        try {
            return read(name, new StringReader(json));
        } catch (IOException e) {
            throw new ExportException(name + ": " + e.getMessage(), e);
        }
    }

    private static ExportPolicy read(String name, Reader reader) throws IOException {
        PolicyFields f = new PolicyFields(name);
        try (JsonParser p = MAPPER.getFactory().createParser(reader)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, name, "the file must hold one JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                int line = p.currentLocation().getLineNr();
                if (!PolicyFields.SECTIONS.contains(section)) {
                    throw new ExportException(name + ":" + line + ": unknown section '" + section
                            + "' (expected " + PolicyFields.SECTIONS + ")");
                }
                expect(p, p.nextToken(), JsonToken.START_OBJECT, name, section + " must be an object");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentLocation().getLineNr();
                    p.nextToken();
                    f.put(section + "." + key, p.readValueAsTree(), keyLine);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new ExportException(name + ":" + e.getLocation().getLineNr() + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        return f.policy();
    }

    private static void expect(JsonParser p, JsonToken got, JsonToken want, String name, String message) {
        if (got != want) {
            throw new ExportException(name + ":" + p.currentLocation().getLineNr() + ": " + message);
        }
    }

    static Share share(String text) {
        return Share.parse(text);
    }
}
