package dev.concord.generate;

import java.util.List;

/** Support requests about money and accounts: refunds, returns, charges, codes, logins, membership. */
final class AccountScenarios {
    private static final String KB = "https://help.brightwell-home.example/articles/";

    private AccountScenarios() {
    }

    static List<Scenario> all() {
        return List.of(refundStatus(), startReturn(), doubleCharge(), promoCode(), lockedAccount(), membership());
    }

    private static Scenario refundStatus() {
        return Scenario.builder("refund-status")
                .slots(s -> {
                    s.put("sentBack", s.between(3, 12));
                    s.put("topic", "the refund for " + s.get("order"));
                    s.put("why", "refunds are issued when the return is checked in and then take 5–10 business days to reach the card");
                })
                .question("I sent back the {{item}} {{sentBack}} days ago and still no refund. Order {{order}}.",
                        "When will I get my refund for {{order}}?",
                        "How long do refunds take?")
                .answer("""
                        Refunds go back to your original payment method within 5–10 business days after we receive the return. Your return for {{order}} \
                        was checked in at our warehouse, and the refund of {{price}} was issued today, so it should reach your account by {{refundBy}} \
                        at the latest. Banks sometimes show it as pending first.""")
                .wrong("Refunds are processed within 60 days of receiving the return.",
                        "Refunds are issued as store credit only. You can use it on your next order.",
                        "We haven't received your return. Please send it again.")
                .correction("We received your return and refunded {{price}} to your original payment method today. It can take 5–10 business days to show, so by {{refundBy}} at the latest.")
                .source(KB + "refund-timelines", "order_lookup:{{order}}")
                .followUp("Can you refund it to a different card? The old one was cancelled.",
                        "We can only refund the original payment method, but don't worry: when a card has been cancelled, your bank passes the refund to your new card or account. If it hasn't arrived by {{refundBy}}, let me know and I'll send you the refund reference for your bank.",
                        "Of course, please type the new card number here and I'll update the refund.")
                .build();
    }

    private static Scenario startReturn() {
        return Scenario.builder("start-return")
                .slots(s -> {
                    s.put("topic", "returning the " + s.get("item"));
                    s.put("why", "items can be returned within 30 days of delivery if unused and in their original packaging");
                })
                .question("I'd like to return the {{item}}, it's not what I expected. How do I do that?",
                        "Can I return an item I bought on {{orderDate}}? Order {{order}}.",
                        "what is your returns policy")
                .answer("""
                        You can return items within 30 days of delivery, as long as they're unused and in the original packaging. For {{order}} that means \
                        until {{returnBy}}. Start the return from Orders > {{order}} > Return item; you'll get a label by email. The label costs {{returnFee}} \
                        (free if the item is faulty), and the refund of {{price}} goes to your original payment method 5–10 business days after it reaches us.""")
                .wrong("Returns are accepted within 14 days of purchase only.",
                        "You can return it for free any time within a year.",
                        "Returns aren't possible for sale items.")
                .correction("You can return unused items in their original packaging within 30 days of delivery (for {{order}}, until {{returnBy}}). Start it under Orders > {{order}} > Return item. The label is {{returnFee}}, free if the item is faulty, and your refund arrives 5–10 business days after we receive it.")
                .source(KB + "returns-policy", KB + "start-a-return")
                .build();
    }

    private static Scenario doubleCharge() {
        return Scenario.builder("double-charge")
                .slots(s -> {
                    s.put("topic", "the double charge of " + s.get("price"));
                    s.put("why", "the first charge is a pre-authorisation hold from a failed payment attempt, which the bank releases automatically");
                })
                .question("I've been charged twice for order {{order}}! {{price}} twice on my statement.",
                        "double charged for my order, please refund one")
                .answer("""
                        I understand the worry. I can see one successful payment of {{price}} for {{order}}. The second amount is a temporary authorisation \
                        from the first, declined attempt; it isn't a charge, and your bank releases it automatically, usually within 3–5 business days. \
                        If it's still there after that, send me a screenshot of the statement (please cover the card number) and I'll escalate it to our payments team.""")
                .wrong("I've refunded {{price}}. You'll see it in 5–10 business days.",
                        "There's only one charge on our side, so you'll need to contact your bank.",
                        "Please send me your full card number and CVV so I can check the transactions.")
                .correction("Only one payment of {{price}} went through. The second amount is a temporary hold from the declined attempt; your bank will release it within 3–5 business days. If it's still there after that, send us a screenshot (with the card number covered) and we'll escalate it.")
                .source(KB + "pending-charges", "order_lookup:{{order}}")
                .build();
    }

    private static Scenario promoCode() {
        return Scenario.builder("promo-code")
                .slots(s -> {
                    s.putPick("code", List.of("AUTUMN15", "WELCOME10", "BWFRIDAY", "FREESHIP", "HOME20"));
                    s.put("minSpend", s.get("cur") + s.pick("50", "75", "100"));
                    s.put("topic", "the promo code " + s.get("code"));
                    s.put("why", "the code needs a minimum spend of " + s.get("minSpend") + " before delivery");
                })
                .question("The code {{code}} isn't working at checkout, it says 'not valid for this basket'.",
                        "why doesn't {{code}} work??",
                        "My discount code doesn't work")
                .answer("""
                        {{code}} needs a minimum spend of {{minSpend}}, counted before delivery charges, and it can't be combined with items already on sale. \
                        If your basket meets that and it still fails, tell me what's in the basket and I'll apply the discount to the order manually.""")
                .wrong("That code has expired.",
                        "Discount codes only work in our app, not on the website.",
                        "I've applied {{code}} to your account; it will work next time.")
                .correction("{{code}} needs a minimum spend of {{minSpend}} before delivery and doesn't apply to sale items. If your basket qualifies, tell me and I'll apply the discount manually.")
                .source(KB + "promo-codes")
                .build();
    }

    private static Scenario lockedAccount() {
        return Scenario.builder("locked-account")
                .slots(s -> {
                    s.put("minutes", s.pick("15", "30"));
                    s.put("topic", "the locked account");
                    s.put("why", "after five failed sign-in attempts the account is locked for " + s.get("minutes") + " minutes");
                })
                .question("I can't log in, it says my account is locked.",
                        "Locked out of my account after trying my password a few times. Help?",
                        "password reset email never arrives")
                .answer("""
                        For security, accounts lock for {{minutes}} minutes after five failed sign-ins. After that, use "Forgot password" on the sign-in page; \
                        the reset link is valid for 1 hour. If the email doesn't arrive, check your spam folder. Please never send your password to \
                        anyone, including us.""")
                .wrong("I've unlocked your account. Please reply with your current password so I can confirm it's you.",
                        "Locked accounts are closed permanently. Please create a new account.",
                        "Clear your browser cookies and the account will unlock.")
                .correction("Your account is locked for {{minutes}} minutes after five failed sign-in attempts. After that, use \"Forgot password\"; the link is valid for 1 hour (check your spam folder). We'll never ask for your password.")
                .source(KB + "account-locked", KB + "reset-password")
                .followUp("I don't have access to that email address anymore.",
                        "I can't change the email on an account from chat, for your security. I'll pass you to our account team: they'll verify you with details of a recent order (for example {{order}}) and update the address.",
                        "No problem, what email would you like me to change it to?")
                .build();
    }

    private static Scenario membership() {
        return Scenario.builder("membership")
                .slots(s -> {
                    s.put("fee", s.get("cur") + s.pick("4.99", "5.99"));
                    s.put("topic", "cancelling Brightwell Plus");
                    s.put("why", "Brightwell Plus renews monthly and stays active until the end of the paid month after cancelling");
                })
                .question("How do I cancel Brightwell Plus? I don't want to be charged {{fee}} again.",
                        "cancel my membership",
                        "I was charged {{fee}} for Brightwell Plus on {{orderDate}} but I never signed up")
                .answer("""
                        You can cancel Brightwell Plus any time under Account > Membership > Cancel. You keep the benefits until the end of the month \
                        you've paid for and won't be charged {{fee}} again. If you didn't mean to join, tell me and I'll check whether the last payment \
                        can be refunded; that's possible if you haven't used free delivery since.""")
                .wrong("Memberships can't be cancelled during the first 12 months.",
                        "I've cancelled it and refunded all your past membership payments.",
                        "Just remove your card from your account and the membership will stop.")
                .correction("You can cancel any time under Account > Membership > Cancel. You keep the benefits until the end of the paid month and won't be charged {{fee}} again. If you haven't used free delivery since the last payment, we can refund it.")
                .source(KB + "brightwell-plus")
                .build();
    }
}
