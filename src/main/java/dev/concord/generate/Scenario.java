package dev.concord.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One kind of request an assistant gets (a NullPointerException, a late parcel...), written as templates
 * over named slots plus the code that fills those slots. Every scenario fills {@code topic} and
 * {@code why}, which the assistants' generic follow-up turns quote.
 */
final class Scenario {
    private final String key;
    private final Consumer<Slots> filler;
    private final List<Template> questions;
    private final List<Template> answers;
    private final List<Template> wrongs;
    private final List<Template> corrections;
    private final List<Template> sources;
    private final List<FollowUp> followUps;

    private Scenario(Builder b) {
        this.key = b.key;
        this.filler = Objects.requireNonNull(b.filler, "slots of " + b.key);
        this.questions = List.copyOf(b.questions);
        this.answers = List.copyOf(b.answers);
        this.wrongs = List.copyOf(b.wrongs);
        this.corrections = b.corrections.isEmpty() ? this.answers : List.copyOf(b.corrections);
        this.sources = List.copyOf(b.sources);
        this.followUps = List.copyOf(b.followUps);
        if (questions.isEmpty() || answers.isEmpty() || wrongs.size() < 2) {
            throw new IllegalStateException(key + " needs questions, answers and at least two wrong answers");
        }
    }

    static Builder builder(String key) {
        return new Builder(key);
    }

    String key() {
        return key;
    }

    /** Fills this scenario's slots and returns the request that opens a session. */
    Exchange open(Slots s) {
        filler.accept(s);
        return new Exchange(s, s.pick(questions), s.pick(answers), wrongs, s.pick(corrections), sources);
    }

    List<FollowUp> followUps() {
        return followUps;
    }

    /** A follow-up turn; its wrong answers fall back on the assistant's generic ones. */
    Exchange followUp(Slots s, FollowUp f, List<Template> fallbackWrongs) {
        List<Template> w = new ArrayList<>(f.wrongs());
        w.addAll(fallbackWrongs);
        return new Exchange(s, f.question(), f.answer(), w, f.answer(), sources);
    }

    /** Every template, for checks that all slots a scenario reads are filled. */
    List<Template> templates() {
        List<Template> all = new ArrayList<>();
        Stream.of(questions, answers, wrongs, corrections, sources).forEach(all::addAll);
        for (FollowUp f : followUps) {
            all.add(f.question());
            all.add(f.answer());
            all.addAll(f.wrongs());
        }
        return all;
    }

    static final class Builder {
        private final String key;
        private Consumer<Slots> filler;
        private final List<Template> questions = new ArrayList<>();
        private final List<Template> answers = new ArrayList<>();
        private final List<Template> wrongs = new ArrayList<>();
        private final List<Template> corrections = new ArrayList<>();
        private final List<Template> sources = new ArrayList<>();
        private final List<FollowUp> followUps = new ArrayList<>();

        private Builder(String key) {
            this.key = key;
        }

        Builder slots(Consumer<Slots> f) {
            this.filler = f;
            return this;
        }

        Builder question(String... t) {
            questions.addAll(Template.all(t));
            return this;
        }

        Builder answer(String... t) {
            answers.addAll(Template.all(t));
            return this;
        }

        Builder wrong(String... t) {
            wrongs.addAll(Template.all(t));
            return this;
        }

        Builder correction(String... t) {
            corrections.addAll(Template.all(t));
            return this;
        }

        Builder source(String... t) {
            sources.addAll(Template.all(t));
            return this;
        }

        Builder followUp(String question, String answer, String... wrong) {
            followUps.add(FollowUp.of(question, answer, wrong));
            return this;
        }

        Scenario build() {
            return new Scenario(this);
        }
    }
}
