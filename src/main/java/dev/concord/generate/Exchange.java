package dev.concord.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One user request with everything a session may need to answer it: the good answer, as many distinct
 * wrong attempts as a retry chain asks for, a user's correction and the cited sources. Texts are
 * rendered on demand, since most turns use only one of them.
 */
final class Exchange {
    private static final String[] RETRY_OPENERS = {
        "",
        "Sorry about that. ",
        "You're right, let me try again. ",
        "Apologies for the confusion. Here's another approach: ",
        "Let me take another look. ",
        "I see, thanks for clarifying. ",
        "OK, one more attempt. ",
    };
    private static final String[] ACCEPTED_RETRY_OPENERS = {
        "Thanks for your patience. ",
        "Got it, here's a corrected answer. ",
        "You're right, I misread the question. ",
        "",
    };

    private final Slots slots;
    private final Template question;
    private final Template answer;
    private final List<Template> wrongs;
    private final Template correction;
    private final List<Template> sources;
    private final int wrongOffset;

    Exchange(Slots slots, Template question, Template answer, List<Template> wrongs, Template correction,
             List<Template> sources) {
        if (wrongs.isEmpty()) {
            throw new IllegalArgumentException("an exchange needs at least one wrong answer");
        }
        this.slots = slots;
        this.question = question;
        this.answer = answer;
        this.wrongs = wrongs;
        this.correction = correction;
        this.sources = sources;
        this.wrongOffset = slots.rng().nextInt(wrongs.size());
    }

    String question() {
        return question.render(slots);
    }

    /** The good answer; after failed attempts it opens the way a model does on a successful retry. */
    String answer(int attempt) {
        String text = answer.render(slots);
        return attempt == 0 ? text : slots.pick(ACCEPTED_RETRY_OPENERS) + text;
    }

    /** A wrong answer; attempts 0, 1, 2... of one exchange never repeat each other. */
    String wrong(int attempt) {
        String opener = attempt < RETRY_OPENERS.length ? RETRY_OPENERS[attempt]
                : "Trying once more (attempt " + (attempt + 1) + "). ";
        return opener + wrongs.get((wrongOffset + attempt) % wrongs.size()).render(slots);
    }

    String correction() {
        return correction.render(slots);
    }

    /** One or two cited sources, or none when the scenario has none. */
    List<String> sources() {
        if (sources.isEmpty()) {
            return List.of();
        }
        int first = slots.rng().nextInt(sources.size());
        List<String> out = new ArrayList<>(2);
        out.add(sources.get(first).render(slots));
        if (sources.size() > 1 && slots.chance(0.4)) {
            out.add(sources.get((first + 1) % sources.size()).render(slots));
        }
        return out;
    }
}
