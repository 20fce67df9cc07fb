package dev.concord.generate;

import java.util.HashMap;
import java.util.Map;

/**
 * Sequential ids per assistant and kind ({@code cs-00042}, {@code cg-000123}), after an optional namespace
 * ({@code day2-cs-00042}): unique within one log, and across logs with different namespaces.
 */
final class Ids {
    private final Map<String, long[]> next = new HashMap<>();
    private final String namespace;

    Ids(String namespace) {
        this.namespace = namespace;
    }

    String session(AgentContent a) {
        return next(a.sessionPrefix(), 5);
    }

    String generation(AgentContent a) {
        return next(a.generationPrefix(), 6);
    }

    String record(AgentContent a) {
        return next(a.recordPrefix(), 6);
    }

    private String next(String prefix, int width) {
        long n = ++next.computeIfAbsent(prefix, k -> new long[1])[0];
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(prefix.length() + 1 + Math.max(width, digits.length()));
        sb.append(namespace).append(prefix).append('-');
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
