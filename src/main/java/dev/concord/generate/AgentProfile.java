package dev.concord.generate;

/** Which assistant's traffic a generated log contains. */
public enum AgentProfile {
    /** Only the coding assistant (models {@code code-helper-v2} and {@code code-helper-v3}). */
    CODING,
    /** Only the customer-support assistant (model {@code support-bot-v1}). */
    SUPPORT,
    /** Both assistants in one log, roughly 55% coding and 45% support sessions. */
    MIXED
}
