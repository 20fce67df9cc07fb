package dev.concord.generate;

import java.util.List;

/** A later turn of a conversation: what the user asks next, a good answer and plausibly wrong ones. */
record FollowUp(Template question, Template answer, List<Template> wrongs) {
    static FollowUp of(String question, String answer, String... wrongs) {
        return new FollowUp(Template.of(question), Template.of(answer), Template.all(wrongs));
    }
}
