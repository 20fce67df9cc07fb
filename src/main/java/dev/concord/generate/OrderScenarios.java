package dev.concord.generate;

import java.util.List;

/** Support requests about an order in flight: where is it, cancel it, change the address, it arrived wrong. */
final class OrderScenarios {
    private static final String KB = "https://help.brightwell-home.example/articles/";

    private OrderScenarios() {
    }

    static List<Scenario> all() {
        return List.of(whereIsMyOrder(), cancelOrder(), changeAddress(), damagedItem(), missingItem());
    }

    private static Scenario whereIsMyOrder() {
        return Scenario.builder("where-is-my-order")
                .slots(s -> {
                    s.put("topic", "the delayed order " + s.get("order"));
                    s.put("why", "order " + s.get("order") + " left our warehouse on " + s.get("dispatchDate") + " and is with " + s.get("carrier"));
                })
                .question("Where is my order? It's order {{order}}, placed on {{orderDate}}, and it still hasn't arrived.",
                        "Hi, I ordered a {{item}} on {{orderDate}} (order {{order}}) and the tracking hasn't updated in 4 days. Is it lost?",
                        "where is my order",
                        "order {{order}} was supposed to arrive by {{expected}}, still nothing. {{name}}")
                .answer("""
                        Thanks for your patience, {{name}}. Order {{order}} was dispatched on {{dispatchDate}} with {{carrier}} (tracking number {{tracking}}). \
                        The carrier's estimate is {{expected}}. If it hasn't arrived two business days after that, reply here and I'll open a \
                        trace with {{carrier}} and send a replacement or a full refund, whichever you prefer.""",
                        """
                        I've checked order {{order}}: it left our warehouse on {{dispatchDate}} and is with {{carrier}} under tracking number {{tracking}}. \
                        Tracking can pause for a few days while a parcel moves between depots. Expected delivery is {{expected}}; if it's not with you \
                        by then, I can arrange a replacement at no cost.""")
                .wrong("Your order {{order}} has been delivered. Please check with your neighbours or your building's reception.",
                        "I'm sorry, orders can take up to 30 business days to arrive. Please wait and contact us again if it hasn't arrived by then.",
                        "I've cancelled order {{order}} and issued a refund of {{price}}. You should see it within 5–10 business days.",
                        "Could you please provide your order number so I can look into this?")
                .correction("Your order {{order}} is on its way: it was dispatched on {{dispatchDate}} with {{carrier}} (tracking {{tracking}}) and should arrive by {{expected}}. If it hasn't arrived two business days after that, let us know and we'll send a replacement or a full refund.")
                .source(KB + "delivery-times", "order_lookup:{{order}}", KB + "lost-parcels")
                .followUp("Can you send it express instead?",
                        "It's already on its way with {{carrier}}, so I can't change the service now. If it doesn't arrive by {{expected}}, I'll send the replacement by express (1–2 business days) at no extra cost.",
                        "Sure, I've upgraded order {{order}} to express delivery. It will arrive tomorrow.")
                .followUp("What if it never turns up?",
                        "Then you won't lose out: two business days after {{expected}} we open a trace with {{carrier}} and, straight away, send a replacement or refund the full {{price}}, whichever you prefer.",
                        "If the parcel is lost you need to file a claim with {{carrier}} directly; we can't refund orders lost in transit.")
                .build();
    }

    private static Scenario cancelOrder() {
        return Scenario.builder("cancel-order")
                .slots(s -> {
                    s.put("dispatched", s.chance(0.5) ? "yes" : "no");
                    s.put("topic", "cancelling order " + s.get("order"));
                    s.put("why", "orders can be cancelled only until they are dispatched");
                })
                .question("I'd like to cancel order {{order}} please, I ordered the wrong size.",
                        "Can I still cancel my order? {{order}}, the {{item}}.",
                        "how do I cancel an order")
                .answer("""
                        I can help with that, {{name}}. Orders can be cancelled until they're dispatched. I've checked {{order}}: if it hasn't left the \
                        warehouse yet I'll cancel it now and refund {{price}} to your original payment method within 5–10 business days. If it has already \
                        been dispatched, you can refuse the delivery or return it free of charge within 30 days of delivery for a full refund.""")
                .wrong("Orders can't be cancelled once they've been placed. You'll need to wait for it to arrive and then return it.",
                        "I've cancelled {{order}}. You'll receive a refund of {{price}} within 24 hours.",
                        "To cancel, please reply with the full card number you paid with so I can verify the order.")
                .correction("If {{order}} hasn't been dispatched yet, I can cancel it now and refund {{price}} to your original payment method within 5–10 business days. If it's already on its way, just refuse the delivery or return it within 30 days for a full refund.")
                .source(KB + "cancel-an-order", "order_lookup:{{order}}")
                .followUp("It says dispatched already. So what now?",
                        "No problem: when {{carrier}} delivers, you can refuse the parcel, or keep it unopened and start a return from your account within 30 days. Either way you get the full {{price}} back once it reaches us.",
                        "Once dispatched, the order is final and can't be returned.")
                .build();
    }

    private static Scenario changeAddress() {
        return Scenario.builder("change-address")
                .slots(s -> {
                    s.put("topic", "the address change on " + s.get("order"));
                    s.put("why", "the address can only be changed before dispatch; after that the carrier has the parcel");
                })
                .question("I moved last week and forgot to update my address. Can you change the delivery address for order {{order}}?",
                        "Need to change the shipping address on {{order}}!!")
                .answer("""
                        I can update the address as long as the order hasn't been dispatched. Please reply with the new address (you don't need to \
                        resend your payment details). If {{order}} is already with {{carrier}}, I'll give you the tracking number {{tracking}} so you can \
                        redirect it through their website, or you can return it for a full refund.""")
                .wrong("I've updated the address on your account. Your order will be delivered to the new address.",
                        "Address changes aren't possible. Please cancel and reorder.",
                        "Please confirm your identity by sending your account password and the last delivery address.")
                .correction("Please reply with the new address. If {{order}} hasn't been dispatched yet I'll update it straight away; if it's already with {{carrier}}, you can redirect it on their website with tracking number {{tracking}}.")
                .source(KB + "change-delivery-address", "order_lookup:{{order}}")
                .build();
    }

    private static Scenario damagedItem() {
        return Scenario.builder("damaged-item")
                .slots(s -> {
                    s.putPick("damage", List.of("cracked", "smashed", "dented", "scratched all over", "arrived in pieces"));
                    s.put("topic", "the damaged " + s.get("item"));
                    s.put("why", "the " + s.get("item") + " was damaged in transit, which is covered by our faulty-item policy");
                })
                .question("My {{item}} arrived {{damage}}. Order {{order}}. Really disappointed.",
                        "The {{item}} from order {{order}} is {{damage}}, what are my options?",
                        "item arrived damaged")
                .answer("""
                        I'm really sorry, {{name}}. That's not the condition it should arrive in. Could you reply with a photo of the damage and the box? \
                        Then I'll send a replacement straight away, or refund the full {{price}} if you'd rather. You don't need to pay for the return: \
                        I'll email a free label and you have 30 days to use it.""")
                .wrong("Unfortunately we can't accept returns of items that have been opened.",
                        "Damage in transit is the carrier's responsibility. Please contact {{carrier}} to make a claim.",
                        "I've issued a refund of {{returnFee}} for the inconvenience.")
                .correction("I'm so sorry it arrived {{damage}}. Please send a photo of the damage and I'll send a replacement right away, or refund the full {{price}} if you prefer. The return label is free.")
                .source(KB + "damaged-or-faulty-items", "order_lookup:{{order}}")
                .followUp("I've attached the photo. Replacement please.",
                        "Thank you, that's clear. I've ordered a replacement {{item}}; it will be dispatched within 1 business day and you'll get a {{carrier}} tracking number by email. You can keep the damaged one or use the free label to send it back.",
                        "Thanks. Replacements take 6–8 weeks as they're made to order.")
                .build();
    }

    private static Scenario missingItem() {
        return Scenario.builder("missing-item")
                .slots(s -> {
                    s.put("count", s.between(2, 4));
                    s.put("topic", "the missing " + s.get("item"));
                    s.put("why", "order " + s.get("order") + " was shipped in " + s.get("count") + " parcels");
                })
                .question("Order {{order}} arrived but the {{item}} is missing from the box.",
                        "I only got part of my order {{order}}, no {{item}} in the parcel")
                .answer("""
                        Sorry about that! I can see order {{order}} was packed in {{count}} parcels, so the {{item}} may be arriving separately. \
                        Could you check whether you've received everything from {{carrier}}? If the second parcel hasn't arrived by {{expected}}, \
                        I'll send the {{item}} again or refund {{price}}, your choice.""")
                .wrong("Our records show the {{item}} was packed. Please look through the packaging again.",
                        "I've refunded your whole order.",
                        "Missing items must be reported within 24 hours of delivery, so I'm unable to help.")
                .correction("Your order was shipped in {{count}} parcels, so the {{item}} may still be on its way. If it hasn't arrived by {{expected}}, we'll resend it or refund {{price}}, whichever you prefer.")
                .source(KB + "missing-items", "order_lookup:{{order}}")
                .build();
    }
}
