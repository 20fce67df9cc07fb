package dev.concord.redact;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A project's own redaction rules, read from JSON (format and example: {@code docs/redaction-rules.md}). Everything
 * is checked when the file is read: the fields and their types, unique kebab-case names, that each pattern compiles,
 * is safe ({@link PatternSafety}) and cannot match empty text, and that the rule finds something in each of its
 * {@code must_match} examples and nothing in each of its {@code must_not_match} examples. The first problem is thrown
 * as a {@link RuleFileException} naming the file, the rule and the field.
 */
public final class RuleFile {
    static final int DEFAULT_WINDOW = 40;
    static final int MAX_WINDOW = 500;
    private static final Set<String> FIELDS = Set.of("name", "type", "pattern", "ignore_case", "validator", "context",
            "context_window", "must_match", "must_not_match", "description");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleFile() {
    }

    /** The rules of {@code json}; {@code file} names it in errors. An empty text or {@code {"rules":[]}} has none. */
    public static List<CustomRule> parse(String json, String file) throws RuleFileException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RuleFileException(file + (at == null ? "" : ":" + at.getLineNr()) + ": not valid JSON ("
                    + e.getOriginalMessage().replaceAll("['\"].*", "").strip() + ")");
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new RuleFileException(file + ": expected an object {\"rules\": [...]}");
        }
        List<CustomRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        for (JsonNode node : root.get("rules")) {
            i++;
            String where = file + ": rule " + i;
            if (!node.isObject()) {
                throw new RuleFileException(where + ": must be an object");
            }
            CustomRule rule = rule((ObjectNode) node, where);
            if (!names.add(rule.name())) {
                throw new RuleFileException(where + " '" + rule.name() + "': field 'name': used by an earlier rule");
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    private static CustomRule rule(ObjectNode node, String where) throws RuleFileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new RuleFileException(where + ": field '" + (field.length() > 30 ? field.substring(0, 30) + "…" : field)
                        + "': unknown (expected one of " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String name = text(node, "name", where, true);
        if (!NAME.matcher(name).matches()) {
            throw new RuleFileException(where + ": field 'name': must be kebab-case (a-z, 0-9, -), at most 64 characters");
        }
        where = where + " '" + name + "'";
        String typeName = text(node, "type", where, true);
        if (!TYPE.matcher(typeName).matches()) {
            throw new RuleFileException(where + ": field 'type': must be upper case (A-Z, 0-9, _), at most 32 characters,"
                    + " e.g. EMPLOYEE_ID");
        }
        PiiType type = builtIn(typeName);
        String regex = text(node, "pattern", where, true);
        boolean ignoreCase = flag(node, "ignore_case", where);
        Pattern pattern = pattern(regex, ignoreCase, where);
        String validatorName = text(node, "validator", where, false);
        CustomValidator validator = validatorName == null ? null : CustomValidator.fromCode(validatorName);
        if (validatorName != null && validator == null) {
            throw new RuleFileException(where + ": field 'validator': must be luhn or mod97");
        }
        List<String> context = strings(node, "context", where);
        int window = window(node, where);
        CustomRule rule = new CustomRule(name, type == null ? PiiType.CUSTOM : type,
                type == null ? "[" + typeName + "]" : type.placeholder(), pattern, validator, context, window);
        List<String> must = strings(node, "must_match", where);
        if (must.isEmpty()) {
            throw new RuleFileException(where + ": field 'must_match': give at least one example the rule must find");
        }
        for (int k = 0; k < must.size(); k++) {
            if (rule.find(must.get(k)).isEmpty()) {
                throw new RuleFileException(where + ": field 'must_match[" + k + "]': the rule finds nothing in this example");
            }
        }
        List<String> mustNot = strings(node, "must_not_match", where);
        for (int k = 0; k < mustNot.size(); k++) {
            if (!rule.find(mustNot.get(k)).isEmpty()) {
                throw new RuleFileException(where + ": field 'must_not_match[" + k + "]': the rule finds something in this"
                        + " example");
            }
        }
        return rule;
    }

    private static PiiType builtIn(String typeName) {
        for (PiiType t : PiiType.values()) {
            if (t != PiiType.CUSTOM && t.name().equals(typeName)) {
                return t;
            }
        }
        return null;
    }

    private static Pattern pattern(String regex, boolean ignoreCase, String where) throws RuleFileException {
        var problem = PatternSafety.problem(regex);
        if (problem.isPresent()) {
            throw new RuleFileException(where + ": field 'pattern': unsafe: " + problem.get());
        }
        Pattern p;
        try {
            p = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new RuleFileException(where + ": field 'pattern': not a valid regular expression ("
                    + e.getDescription() + " near index " + e.getIndex() + ")");
        }
        if (p.matcher("").matches()) {
            throw new RuleFileException(where + ": field 'pattern': matches the empty text");
        }
        return p;
    }

    private static String text(ObjectNode node, String field, String where, boolean required) throws RuleFileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new RuleFileException(where + ": field '" + field + "': missing");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new RuleFileException(where + ": field '" + field + "': must be a non-empty string");
        }
        return v.asText();
    }

    private static boolean flag(ObjectNode node, String field, String where) throws RuleFileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new RuleFileException(where + ": field '" + field + "': must be true or false");
        }
        return v.booleanValue();
    }

    private static int window(ObjectNode node, String where) throws RuleFileException {
        JsonNode v = node.get("context_window");
        if (v == null || v.isNull()) {
            return DEFAULT_WINDOW;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1 || v.asInt() > MAX_WINDOW) {
            throw new RuleFileException(where + ": field 'context_window': must be a whole number from 1 to " + MAX_WINDOW);
        }
        return v.asInt();
    }

    private static List<String> strings(ObjectNode node, String field, String where) throws RuleFileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new RuleFileException(where + ": field '" + field + "': must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            if (!v.get(k).isTextual() || v.get(k).asText().isEmpty()) {
                throw new RuleFileException(where + ": field '" + field + "[" + k + "]': must be a non-empty string");
            }
            out.add(v.get(k).asText());
        }
        return out;
    }
}
