package dev.concord.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The coding assistant: {@code code-helper-v2}, replaced by {@code code-helper-v3} in early November. */
final class CodingAgent implements AgentContent {
    static final String MODEL_V2 = "code-helper-v2";
    static final String MODEL_V3 = "code-helper-v3";
    private static final long V3_CANARY = Instant.parse("2026-10-28T00:00:00Z").getEpochSecond();
    private static final long V3_DEFAULT = Instant.parse("2026-11-05T00:00:00Z").getEpochSecond();

    private static final String PROMPT_V2 = """
            You are Code Helper, a programming assistant for the engineering team at Northwind Labs. \
            Answer concisely. Show code in fenced blocks tagged with the language. If an answer depends on \
            a library version, say which version you assume.""";
    private static final String PROMPT_V3 = """
            You are Code Helper (v3), a programming assistant for Northwind Labs engineers.
            Rules:
            - Lead with the fix, then a short explanation.
            - Keep code minimal and runnable; use fenced blocks tagged with the language.
            - For stack traces, point to the first frame in the user's own code.
            - Never repeat secrets (passwords, API keys, tokens); tell the user to rotate any they pasted.
            - If you are not sure, say so.""";

    private static final List<FollowUp> GENERIC = List.of(
            FollowUp.of("thanks, that fixed it!",
                    "Glad it works now! If it shows up again, paste the full stack trace and I'll take another look.",
                    "You're welcome! To rule out this class of bug entirely, consider rewriting the module in Rust."),
            FollowUp.of("can you explain in a sentence or two why {{topic}} happened? it's for the PR description",
                    "Sure: {{why}}",
                    "It was caused by a bug in the runtime that was fixed in a later patch release; upgrading everything to the latest version is the proper fix."),
            FollowUp.of("Great. Can you write the commit message for it?",
                    "```\nFix {{topic}}\n\n{{why}}\n```",
                    "```\nfixed stuff\n```"));
    private static final List<Template> FALLBACK_WRONGS = Template.all(
            "Could you share the full stack trace and your build file? Without them I can only guess.",
            "This looks like an environment issue. Delete your local caches (`~/.m2/repository`, `~/.cache/pip`) and rebuild from scratch.",
            "I don't have enough context to answer that.");
    private static final List<String> DOWN_COMMENTS = List.of(
            "still wrong", "doesn't work", "didn't fix it", "that's not the problem", "not what I asked", "wrong",
            "outdated answer", "no", "this is wrong, read the error");
    private static final List<String> UP_COMMENTS = List.of(
            "perfect, thanks", "worked first time", "exactly what I needed", "👍", "saved me an hour", "clear explanation");
    private static final List<String> OPENERS = List.of(
            "", "", "", "", "hey, ", "Hi! ", "quick question: ", "help pls - ", "Hello. ", "sorry if this is obvious, but ");
    private static final List<Template> CLOSERS = Template.all(
            "", "", "", "", " thanks", "\n\nThanks!", " any ideas?", "\n\n(urgent, prod is affected)", " TIA");
    private static final List<Template> PII = Template.all(
            "FWIW the db config is `spring.datasource.url=jdbc:postgresql://{{ipv4}}:5432/billing` with `password={{password}}`",
            "The service runs on {{ipv4}} if that matters.",
            "(logs are from the host at {{ipv6}})",
            "here's my .env in case it helps:\n```\nOPENAI_API_KEY={{openAiKey}}\nAWS_ACCESS_KEY_ID={{awsKey}}\n```",
            "I'm using this token in CI: {{githubToken}}",
            "you can reach me at {{email}} if you need the full logs",
            "the test account is {{email}} / password={{password}}",
            "curl -H \"Authorization: Bearer {{openAiKey}}\" https://{{ipv4}}:8443/health works from my laptop though");
    private static final List<Template> PII_IN_EDITS = Template.all(
            "(and rotate the key you pasted, {{awsKey}}, it's in the chat log now)",
            "Verified against the staging db at {{ipv4}}.",
            "Ask {{email}} if anything is unclear, they own this service.");
    private static final List<Template> NOTES = Template.all(
            "on our CI image (Java {{javaVersion}}) this also needed `mvn -U clean verify`.",
            "tested on Python {{pyVersion}}, works.",
            "we shipped this behind a feature flag, see ENG-{{ticket}}.",
            "add this to the runbook.",
            "applies from {{appVersion}} onwards; older releases still need the workaround.");

    private final List<Scenario> scenarios;

    CodingAgent() {
        List<Scenario> all = new ArrayList<>();
        all.addAll(JavaScenarios.all());
        all.addAll(JavaLibraryScenarios.all());
        all.addAll(PythonScenarios.all());
        all.addAll(SqlScenarios.all());
        all.addAll(ToolingScenarios.all());
        this.scenarios = List.copyOf(all);
    }

    @Override
    public String generationPrefix() {
        return "cg";
    }

    @Override
    public String sessionPrefix() {
        return "cs";
    }

    @Override
    public String recordPrefix() {
        return "cr";
    }

    @Override
    public String pickModel(SplittableRandom rng, long startEpochSecond) {
        double v3Share = startEpochSecond < V3_CANARY ? 0.0 : startEpochSecond < V3_DEFAULT ? 0.5 : 0.92;
        return rng.nextDouble() < v3Share ? MODEL_V3 : MODEL_V2;
    }

    @Override
    public String systemPrompt(String model, Slots s) {
        return MODEL_V3.equals(model) ? PROMPT_V3 : PROMPT_V2;
    }

    @Override
    public void fillSession(Slots s, long startEpochSecond) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(startEpochSecond), ZoneOffset.UTC);
        s.put("isoDate", day.toString());
        s.put("monthStart", day.withDayOfMonth(1).toString());
        int major = s.pick(List.of(17, 17, 21, 21, 11));
        s.put("javaMajor", major);
        s.put("javaVersion", major + ".0." + s.between(major == 21 ? 1 : 8, major == 21 ? 5 : 13));
        s.put("pyVersion", "3." + s.between(10, 12) + "." + s.between(1, 9));
        s.put("pgVersion", s.pick("14.11", "15.4", "15.7", "16.2", "16.4"));
        s.put("appVersion", s.version(s.between(1, 4), 30, 12));
        s.put("ticket", s.between(1200, 4800));
    }

    @Override
    public List<Scenario> scenarios() {
        return scenarios;
    }

    @Override
    public double citationRate() {
        return 0.45;
    }

    @Override
    public List<FollowUp> genericFollowUps() {
        return GENERIC;
    }

    @Override
    public List<Template> fallbackWrongs() {
        return FALLBACK_WRONGS;
    }

    @Override
    public List<String> downComments() {
        return DOWN_COMMENTS;
    }

    @Override
    public List<String> upComments() {
        return UP_COMMENTS;
    }

    @Override
    public List<String> openers() {
        return OPENERS;
    }

    @Override
    public List<Template> closers() {
        return CLOSERS;
    }

    @Override
    public Template piiSentence(Slots s, boolean byUser) {
        return s.pick(byUser ? PII : PII_IN_EDITS);
    }

    @Override
    public String meaningfulEdit(String answer, Slots s) {
        int fence = answer.indexOf("```");
        int end = fence < 0 ? -1 : answer.indexOf("```", fence + 3);
        if (end > 0 && s.chance(0.4)) {
            return answer.substring(fence, end + 3) + "\n\n" + s.pick(NOTES).render(s);
        }
        if (s.chance(0.5)) {
            return answer + "\n\nNote: " + s.pick(NOTES).render(s);
        }
        int lastPara = answer.lastIndexOf("\n\n");
        String kept = lastPara > 0 ? answer.substring(0, lastPara) : answer;
        return kept + "\n\n(Edited: " + s.pick(NOTES).render(s) + ")";
    }
}
