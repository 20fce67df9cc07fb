package dev.concord.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Everything that makes one simulated assistant sound like itself: ids, models, prompts and texts. */
interface AgentContent {

    /** Prefix of generation ids, e.g. {@code cg} for {@code cg-000123}. */
    String generationPrefix();

    /** Prefix of session ids, e.g. {@code cs} for {@code cs-00042}. */
    String sessionPrefix();

    /** Prefix of simple-record ids. */
    String recordPrefix();

    /** The model serving a session that starts at the given time (models roll out over the weeks). */
    String pickModel(SplittableRandom rng, long startEpochSecond);

    /** The system message for a session; may read the session's slots (store region...). */
    String systemPrompt(String model, Slots s);

    /** Fills the slots every scenario of this assistant may read (dates, names, versions...). */
    void fillSession(Slots s, long startEpochSecond);

    List<Scenario> scenarios();

    /** Share of generations that cite sources (documentation links, help articles, order lookups). */
    double citationRate();

    /** Follow-up turns that fit after any scenario (thanks, why did that happen...). */
    List<FollowUp> genericFollowUps();

    /** Wrong answers that fit any follow-up, so retry chains on later turns still differ. */
    List<Template> fallbackWrongs();

    List<String> downComments();

    List<String> upComments();

    /** Words users put before a question ({@code "hey, "}); may be empty strings. */
    List<String> openers();

    /** Words users put after a question ({@code " thanks!"}); may be empty, may read session slots. */
    List<Template> closers();

    /**
     * A sentence with personal data (slots filled by {@link Pii}): one a user might paste when
     * {@code byUser}, otherwise one a reviewer might leave in a correction or edit.
     */
    Template piiSentence(Slots s, boolean byUser);

    /** The user's own reworking of a good answer: more than whitespace or punctuation. */
    String meaningfulEdit(String answer, Slots s);

    /**
     * The tool calls an agent made before answering, read off the sources it cites (an assistant that has tools
     * cites {@code name:argument}); none by default. Draws no randomness, so logs without tools stay as they were.
     */
    default List<LogEvent.ToolUse> toolUses(String generationId, List<String> sources) {
        return List.of();
    }

    /** The function definitions the agent is offered (a JSON array), or null when it has no tools. */
    default String toolSchemas() {
        return null;
    }
}
