package dev.concord.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The customer-support assistant of the Brightwell Home shop: {@code support-bot-v1}. */
final class SupportAgent implements AgentContent {
    static final String MODEL = "support-bot-v1";
    private static final Template PROMPT = Template.of("""
            You are the customer support assistant for Brightwell Home, {{region}} store (prices in {{currency}}). \
            Be friendly, brief and accurate. Policies:
            - Returns within 30 days of delivery, unused and in original packaging. Return label {{returnFee}}, free for faulty or damaged items.
            - Refunds go to the original payment method within 5–10 business days after we receive the return.
            - Standard delivery 3–5 business days, express 1–2. Orders can be cancelled until they are dispatched.
            - Damaged or missing items: offer a replacement or a refund.
            - Never ask for full card numbers, CVV or passwords.
            - If you cannot resolve the issue, offer to transfer to a human agent.
            Tools: order_lookup(order_id), kb_search(query).""");
    private static final List<FollowUp> GENERIC = List.of(
            FollowUp.of("Thank you!",
                    "You're welcome, {{name}}! Is there anything else I can help you with?",
                    "Your case has been closed. Please rate this conversation."),
            FollowUp.of("Can I get that in writing by email?",
                    "Of course. I've sent a summary of this conversation to the email address on your account; it should arrive within a few minutes. Please check your spam folder if you don't see it.",
                    "Sorry, we don't send emails about support conversations."),
            FollowUp.of("Can I speak to a human please?",
                    "Of course. I'm transferring you to our customer care team now; the current wait is about {{wait}} minutes. They'll see this conversation, so you won't need to repeat yourself.",
                    "Human agents aren't available. I can help you with anything you need."));
    private static final List<Template> FALLBACK_WRONGS = Template.all(
            "I'm sorry, I can't help with that. Please contact our support team.",
            "Could you please provide your order number?",
            "For security reasons, please send the full card number and expiry date so I can verify your identity.");
    private static final List<String> DOWN_COMMENTS = List.of(
            "that's not our policy", "not helpful", "didn't answer the question", "wrong", "too robotic",
            "I want to talk to a person", "this is wrong", "useless");
    private static final List<String> UP_COMMENTS = List.of(
            "thanks, very helpful", "quick and clear", "👍", "solved", "great, thank you!");
    private static final List<String> OPENERS = List.of(
            "", "", "", "", "Hi, ", "Hello, ", "Good morning. ", "hi there, ", "Hey, ");
    private static final List<Template> CLOSERS = Template.all(
            "", "", "", "", " Thanks.", " Thank you!", "\n\nKind regards,\n{{name}}", " {{name}}", " This is the second time I'm asking.");
    private static final List<Template> PII_BY_USER = Template.all(
            "My email is {{email}}.",
            "You can call me on {{phone}}.",
            "I paid with my card {{card}}.",
            "my card number is {{card}} exp 09/28 if you need it",
            "My address is {{address}} in case you need it.",
            "my login is {{email}} and password={{password}} if that helps",
            "I'm on {{phone}} during the day, or email {{email}}.");
    private static final List<Template> PII_BY_REVIEWER = Template.all(
            "I've emailed the return label to {{email}}.",
            "The courier will call {{phone}} before delivering.",
            "Updated delivery address: {{address}}.");
    private static final List<Template> SIGN_OFFS = Template.all(
            "\n\nKind regards,\n{{agentName}}\nBrightwell Customer Care",
            "\n\nBest wishes,\n{{agentName}} at Brightwell");
    private static final List<Template> GOODWILL = Template.all(
            "As a goodwill gesture I've added a {{cur}}10 voucher (THANKYOU10) to your account.",
            "I've also refunded your delivery charge.",
            "I've flagged this with our warehouse team so it doesn't happen again.");

    private final List<Scenario> scenarios;

    SupportAgent() {
        List<Scenario> all = new ArrayList<>(OrderScenarios.all());
        all.addAll(AccountScenarios.all());
        this.scenarios = List.copyOf(all);
    }

    @Override
    public String generationPrefix() {
        return "sp";
    }

    @Override
    public String sessionPrefix() {
        return "ss";
    }

    @Override
    public String recordPrefix() {
        return "sr";
    }

    @Override
    public String pickModel(SplittableRandom rng, long startEpochSecond) {
        return MODEL;
    }

    @Override
    public String systemPrompt(String model, Slots s) {
        return PROMPT.render(s);
    }

    @Override
    public void fillSession(Slots s, long startEpochSecond) {
        SupportWords.fill(s, startEpochSecond);
    }

    @Override
    public List<Scenario> scenarios() {
        return scenarios;
    }

    @Override
    public double citationRate() {
        return 0.8;
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
        return s.pick(byUser ? PII_BY_USER : PII_BY_REVIEWER);
    }

    @Override
    public String meaningfulEdit(String answer, Slots s) {
        return switch (s.rng().nextInt(3)) {
            case 0 -> "Hi " + s.get("name") + ",\n\n" + answer + s.pick(SIGN_OFFS).render(s);
            case 1 -> answer + " " + s.pick(GOODWILL).render(s);
            default -> answer.contains("5–10 business days")
                    ? answer.replace("5–10 business days", "3–5 business days (we've prioritised yours)")
                    : s.pick(GOODWILL).render(s) + "\n\n" + answer;
        };
    }

    @Override
    public List<LogEvent.ToolUse> toolUses(String generationId, List<String> sources) {
        return SupportTools.uses(generationId, sources);
    }

    @Override
    public String toolSchemas() {
        return SupportTools.SCHEMAS;
    }
}
