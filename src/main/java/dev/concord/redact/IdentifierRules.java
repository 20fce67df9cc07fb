package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;

/**
 * The issue-12 identifier rules (national ids, bank numbers, passports, dates of birth, addresses,
 * names, more phone and e-mail forms), registered by {@link StandardRules} in two shared scans:
 * {@code number-forms} (every rule whose match holds digits, with the older card, phone and IPv4
 * rules) and {@code credential-forms} (every rule that starts at a word naming what follows, with the
 * word-triggered secret rules).
 */
final class IdentifierRules {

    private IdentifierRules() {
    }

    /** The rules triggered by a word, scanned in the one pass of {@code credential-forms}. */
    static List<SharedScan.Part> contextParts() {
        List<SharedScan.Part> parts = new ArrayList<>(ContextRules.parts());
        parts.addAll(NameRules.parts());
        parts.add(new SharedScan.Part(ObfuscatedEmailRule.rule(), ObfuscatedEmailRule.TRIGGERS, SharedScan.Follow.ANY,
                ObfuscatedEmailRule.REACH));
        return parts;
    }

    /** The rules whose matches hold digits, after the older ones ({@code older}, in their order). */
    static NumberScan numbers(List<NumberScan.Form> older) {
        List<NumberScan.Form> forms = new ArrayList<>(older);
        forms.addAll(NationalIdRules.forms());
        forms.addAll(AddressRules.forms());
        return new NumberScan("number-forms", forms);
    }
}
