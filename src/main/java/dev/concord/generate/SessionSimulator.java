package dev.concord.generate;

import dev.concord.generate.LogEvent.Message;
import dev.concord.generate.LogEvent.MissingCorrection;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays one session of one assistant: 1 to 4 turns, each with one attempt or a retry chain, and the
 * user's reaction to the last attempt. Returns the session's events in time order; later turns' prompts
 * carry the earlier turns.
 */
final class SessionSimulator {
    static final double ABANDONED = 0.10;
    static final double STRING_PROMPT = 0.2;
    static final double PII_IN_QUESTION = 0.07;
    static final double PII_IN_CORRECTION = 0.10;
    private static final double VOTE_BEFORE_RETRY = 0.25;
    private static final double CHANGED_VOTE = 0.01;

    private final Ids ids;

    SessionSimulator(Ids ids) {
        this.ids = ids;
    }

    /** The events of one session starting at {@code start} (epoch seconds). */
    List<LogEvent> run(AgentContent agent, SplittableRandom rng, long start) {
        return new Run(agent, rng, start).play();
    }

    private final class Run {
        private final AgentContent agent;
        private final Slots s;
        private final String session;
        private final String model;
        private final MissingCorrection missing;
        private final List<LogEvent> events = new ArrayList<>(12);
        private List<LogEvent.ToolUse> turnTools = List.of();
        private long now;

        Run(AgentContent agent, SplittableRandom rng, long start) {
            this.agent = agent;
            this.s = new Slots(rng);
            this.session = ids.session(agent);
            this.model = agent.pickModel(rng, start);
            this.missing = s.chance(0.6) ? MissingCorrection.NULL : MissingCorrection.ABSENT;
            this.now = start;
            agent.fillSession(s, start);
        }

        List<LogEvent> play() {
            boolean abandoned = s.chance(ABANDONED);
            Scenario scenario = s.pick(agent.scenarios());
            Exchange first = scenario.open(s);
            List<FollowUp> followUps = followUps(scenario);
            int turns = Math.min(turns(abandoned), 1 + followUps.size());
            boolean plainPrompt = turns == 1 && s.chance(STRING_PROMPT);
            List<Message> history = new ArrayList<>(2 * turns + 1);
            history.add(new Message("system", agent.systemPrompt(model, s)));
            for (int t = 0; t < turns; t++) {
                Exchange ex = t == 0 ? first : scenario.followUp(s, followUps.get(t - 1), agent.fallbackWrongs());
                String question = ask(ex.question(), t == 0);
                history.add(new Message("user", question));
                List<Message> prompt = plainPrompt ? null : List.copyOf(history);
                String shown = playTurn(ex, plainPrompt ? question : null, prompt, abandoned && t == turns - 1);
                for (LogEvent.ToolUse u : turnTools) {
                    history.add(Message.of(u));
                }
                history.add(new Message("assistant", shown));
                if (t < turns - 1) {
                    now += s.between(15, 420);
                }
            }
            now += abandoned ? 1800 + s.between(0, 300) : s.between(5, 900);
            events.add(new LogEvent.SessionEnd(session, now, abandoned));
            return events;
        }

        /** The prompt followed by the tool calls the agent made before answering (the same for every retry). */
        private static List<Message> withToolUses(List<Message> prompt, List<LogEvent.ToolUse> uses) {
            if (uses.isEmpty()) {
                return prompt;
            }
            List<Message> out = new ArrayList<>(prompt.size() + uses.size());
            out.addAll(prompt);
            for (LogEvent.ToolUse u : uses) {
                out.add(Message.of(u));
            }
            return List.copyOf(out);
        }

        /**
         * Plays the attempts of one turn and the reaction to the last; returns the last attempt's output. The tools
         * the first attempt called (from its cited sources) go into every attempt's prompt and {@link #turnTools}.
         */
        private String playTurn(Exchange ex, String promptText, List<Message> prompt, boolean abandonsHere) {
            turnTools = List.of();
            int attempts = Reaction.attempts(s.rng());
            int ending = abandonsHere ? s.rng().nextInt(100) : -1;
            Reaction reaction = !abandonsHere ? Reaction.sample(s.rng(), attempts > 1)
                    : ending < 35 ? Reaction.DOWN : Reaction.NONE;
            boolean good = !abandonsHere ? reaction.wantsGoodAnswer(s.rng()) : s.chance(0.3);
            String previous = null;
            String output = null;
            for (int i = 0; i < attempts; i++) {
                boolean last = i == attempts - 1;
                output = last && good ? ex.answer(i) : ex.wrong(i);
                String id = ids.generation(agent);
                List<String> sources = s.chance(agent.citationRate()) ? ex.sources() : List.of();
                if (i == 0 && prompt != null) {
                    turnTools = agent.toolUses(id, sources);
                    prompt = withToolUses(prompt, turnTools);
                }
                events.add(new LogEvent.Generation(id, session, now, model, previous, promptText, prompt, output, sources,
                        agent.toolSchemas()));
                if (!last) {
                    if (s.chance(VOTE_BEFORE_RETRY)) {
                        feedback(id, false, null, 0.5, 4, 40);
                    }
                    now += s.between(3, 60);
                    events.add(new LogEvent.Regenerate(id, now));
                    now += s.between(1, 12);
                }
                previous = id;
            }
            react(reaction, previous, ex, output, good);
            if (abandonsHere && ending >= 35 && ending < 65) {
                now += s.between(3, 40);
                events.add(new LogEvent.Regenerate(previous, now));
            }
            return output;
        }

        private void react(Reaction reaction, String id, Exchange ex, String output, boolean good) {
            switch (reaction) {
                case UP -> {
                    if (s.chance(CHANGED_VOTE)) {
                        feedback(id, false, null, 0, 3, 20);
                    }
                    feedback(id, true, null, 0.12, 4, 90);
                    if (s.chance(0.35)) {
                        copy(id);
                    }
                }
                case DOWN -> feedback(id, false, null, 0.55, 4, 90);
                case DOWN_CORRECTED -> feedback(id, false, withPii(ex.correction()), 0.3, 30, 400);
                case EDIT -> {
                    now += s.between(20, 400);
                    String text = s.chance(0.3) ? TextEdits.trivial(output, s.rng())
                            : withPii(agent.meaningfulEdit(good ? output : ex.answer(0), s));
                    events.add(new LogEvent.Edit(id, now, text));
                    if (s.chance(0.3)) {
                        copy(id);
                    }
                }
                case COPY -> {
                    copy(id);
                    if (s.chance(0.1)) {
                        copy(id);
                    }
                }
                case NONE -> {
                }
            }
        }

        private void feedback(String id, boolean up, String correction, double commentRate, int minDelay, int maxDelay) {
            now += s.between(minDelay, maxDelay);
            String comment = s.chance(commentRate) ? s.pick(up ? agent.upComments() : agent.downComments()) : null;
            events.add(new LogEvent.Feedback(id, now, up, correction, missing, comment));
        }

        private void copy(String id) {
            now += s.between(2, 45);
            events.add(new LogEvent.Copy(id, now));
        }

        /**
         * The user's message as typed: on the first turn a greeting and a sign-off now and then, and on any
         * turn, rarely, personal data.
         */
        private String ask(String question, boolean firstTurn) {
            String q = firstTurn || s.chance(0.2) ? decorate(question) : question;
            if (s.chance(PII_IN_QUESTION)) {
                Pii.fill(s);
                String pii = agent.piiSentence(s, true).render(s);
                q = s.chance(0.7) ? q + "\n\n" + pii : pii + "\n" + q;
            }
            return q;
        }

        private String decorate(String question) {
            String opener = s.pick(agent.openers());
            String closer = s.pick(agent.closers()).render(s);
            String q = question;
            if (q.startsWith("```")) {
                opener = opener.isEmpty() ? "" : opener.strip() + "\n";
            } else if (!opener.isEmpty() && !opener.endsWith(". ") && q.length() > 1 && Character.isLowerCase(q.charAt(1))) {
                q = Character.toLowerCase(q.charAt(0)) + q.substring(1);
            }
            if (q.endsWith("```") && !closer.isEmpty()) {
                closer = "\n" + closer.strip();
            }
            return opener + q + closer;
        }

        private String withPii(String text) {
            if (!s.chance(PII_IN_CORRECTION)) {
                return text;
            }
            Pii.fill(s);
            return text + "\n\n" + agent.piiSentence(s, false).render(s);
        }

        private List<FollowUp> followUps(Scenario scenario) {
            List<FollowUp> out = shuffled(scenario.followUps());
            out.addAll(shuffled(agent.genericFollowUps()));
            return out;
        }

        private <T> List<T> shuffled(List<T> in) {
            List<T> out = new ArrayList<>(in);
            for (int i = out.size() - 1; i > 0; i--) {
                int j = s.rng().nextInt(i + 1);
                out.set(i, out.set(j, out.get(i)));
            }
            return out;
        }

        private int turns(boolean abandoned) {
            double r = s.rng().nextDouble();
            if (abandoned) {
                return r < 0.7 ? 1 : r < 0.92 ? 2 : 3;
            }
            return r < 0.58 ? 1 : r < 0.83 ? 2 : r < 0.94 ? 3 : 4;
        }
    }
}
