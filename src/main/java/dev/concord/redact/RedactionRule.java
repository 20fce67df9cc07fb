package dev.concord.redact;

import java.util.List;

/**
 * One named detector for one {@link PiiType}. Implementations must be stateless and thread-safe,
 * cheap when there is nothing to find (check for a trigger character or substring before running a
 * regex), free of catastrophic backtracking, and must never put matched text into an exception.
 *
 * <p>Most rules are a {@link PatternRule}; write a class only when a regex cannot say it.
 */
public interface RedactionRule {

    /** Stable kebab-case name, reported in {@link RedactionHit#rule()} and listed in the docs. */
    String name();

    /** The type whose placeholder replaces this rule's hits. */
    PiiType type();

    /** The text that replaces this rule's hits: its type's placeholder unless the rule names its own. */
    default String placeholder() {
        return type().placeholder();
    }

    /**
     * Every span of {@code text} this rule would redact, in any order; overlaps are allowed and are
     * resolved by the {@link Redactor}. Returns an empty list (preferably {@code List.of()}) when
     * nothing matched. Spans must lie within the text.
     */
    List<RedactionHit> find(String text);
}
