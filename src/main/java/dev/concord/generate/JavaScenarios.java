package dev.concord.generate;

import java.util.List;

/** Coding-assistant requests about Java runtime exceptions. */
final class JavaScenarios {
    private JavaScenarios() {
    }

    static List<Scenario> all() {
        return List.of(nullPointer(), concurrentModification());
    }

    private static Scenario nullPointer() {
        return Scenario.builder("java-npe")
                .slots(s -> {
                    CodingWords.fillCodeLocation(s);
                    List<String> n = s.pick(CodingWords.NULLABLE);
                    s.put("owner", n.get(0)).put("getter", n.get(1)).put("type", n.get(2)).put("getter2", n.get(3))
                            .put("table", n.get(4)).put("column", n.get(5))
                            .put("ownerVar", CodingWords.lowerFirst(n.get(0)))
                            .put("var", CodingWords.lowerFirst(n.get(2)));
                    s.put("topic", "the NullPointerException in " + s.get("cls"));
                    s.put("why", "`" + n.get(0) + "." + n.get(1) + "()` returns null for rows whose `" + n.get(5)
                            + "` is empty, and `" + s.get("cls") + "." + s.get("method")
                            + "` dereferenced the result without a check.");
                })
                .question("""
                        Getting this when I run {{cls}} against the staging data:

                        ```
                        Exception in thread "main" java.lang.NullPointerException: Cannot invoke "{{pkg}}.model.{{type}}.{{getter2}}()" because the return value of "{{pkg}}.model.{{owner}}.{{getter}}()" is null
                        \tat {{pkg}}.{{cls}}.{{method}}({{cls}}.java:{{line}})
                        \tat {{pkg}}.{{caller}}.run({{caller}}.java:{{callerLine}})
                        \tat java.base/java.lang.Thread.run(Thread.java:1583)
                        ```
                        What is null here and how do I fix it?""",
                        """
                        NPE at {{cls}}.java:{{line}}, message says the return value of {{owner}}.{{getter}}() is null. \
                        It worked yesterday. Java {{javaVersion}}.""",
                        """
                        why does {{cls}}.{{method}} throw java.lang.NullPointerException on line {{line}}? the {{ownerVar}} is loaded from the db so it can't be null""")
                .answer("""
                        `{{owner}}.{{getter}}()` returned `null`, and line {{line}} of `{{cls}}.java` calls `{{getter2}}()` on it. \
                        The {{ownerVar}} itself is fine; some rows in `{{table}}` have no `{{column}}`.

                        Guard the call:

                        ```java
                        {{type}} {{var}} = {{ownerVar}}.{{getter}}();
                        if ({{var}} == null) {
                            log.warn("{{owner}} {} has no {{var}}, skipping", {{ownerVar}}.getId());
                            return;
                        }
                        ```

                        If it must never be null, enforce that where the {{ownerVar}} is built (`Objects.requireNonNull`) so bad data fails at import instead of here.""",
                        """
                        The message tells you exactly what is null: the result of `{{owner}}.{{getter}}()`, not the {{ownerVar}}.

                        ```java
                        String value = Optional.ofNullable({{ownerVar}}.{{getter}}())
                                .map({{type}}::{{getter2}})
                                .orElse(null);
                        ```

                        Then find out why `{{table}}.{{column}}` is empty for those rows; the null check only hides the data problem.""")
                .wrong("""
                        The trace ends in `Thread.java:1583`, so this is a JDK bug. Upgrade to the latest Java {{javaMajor}} patch release and it should go away.""",
                        """
                        Wrap the call in a try/catch so it can't crash:

                        ```java
                        try {
                            {{ownerVar}}.{{getter}}().{{getter2}}();
                        } catch (Exception e) {
                            // ignore
                        }
                        ```""",
                        """
                        `{{cls}}` itself is null because it isn't injected. Add `@Autowired private {{cls}} {{clsVar}};` to `{{caller}}` and the exception will disappear.""")
                .correction("""
                        The null is `{{ownerVar}}.{{getter}}()` (see "because the return value of ..."), not {{cls}}. Check it before line {{line}}:
                        ```java
                        {{type}} {{var}} = {{ownerVar}}.{{getter}}();
                        if ({{var}} == null) { return; }
                        ```
                        and fix the rows in `{{table}}` with an empty `{{column}}`.""")
                .source("https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/NullPointerException.html",
                        "https://openjdk.org/jeps/358")
                .followUp("ok but why did it only start failing after we deployed {{appVersion}}?",
                        """
                        Most likely {{appVersion}} started loading rows that older versions filtered out. Check:

                        ```sql
                        SELECT count(*) FROM {{table}} WHERE {{column}} IS NULL;
                        ```

                        If that returns rows, backfill them or keep the null check.""",
                        "Because {{appVersion}} switched the garbage collector, and G1 can clear fields to null under memory pressure.")
                .followUp("Can you write a JUnit 5 test that reproduces it?",
                        """
                        ```java
                        @Test
                        void skips{{owner}}Without{{type}}() {
                            {{owner}} {{ownerVar}} = new {{owner}}();
                            {{ownerVar}}.set{{type}}(null);

                            assertThatCode(() -> new {{cls}}().{{method}}({{ownerVar}}))
                                    .doesNotThrowAnyException();
                        }
                        ```""",
                        """
                        ```java
                        @Test(expected = NullPointerException.class)
                        public void test() {
                            new {{cls}}().{{method}}(null);
                        }
                        ```""")
                .build();
    }

    private static Scenario concurrentModification() {
        return Scenario.builder("java-cme")
                .slots(s -> {
                    CodingWords.fillCodeLocation(s);
                    s.putPick("item", List.of("Order", "Invoice", "Shipment", "Payment", "Ticket"));
                    s.putPick("cond", List.of("isCancelled()", "isExpired()", "getTotal().signum() == 0", "isDuplicate()"));
                    s.put("itemVar", CodingWords.lowerFirst(s.get("item")));
                    s.put("i", s.get("itemVar").substring(0, 1));
                    s.put("topic", "the ConcurrentModificationException");
                    s.put("why", "we removed elements from an `ArrayList` while a for-each loop was iterating over it; "
                            + "the iterator detects the structural change and fails fast.");
                })
                .question("""
                        ```
                        java.util.ConcurrentModificationException
                        \tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)
                        \tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:1049)
                        \tat {{pkg}}.{{cls}}.{{method}}({{cls}}.java:{{line}})
                        ```
                        the code is just
                        ```java
                        for ({{item}} {{itemVar}} : {{itemVar}}s) {
                            if ({{itemVar}}.{{cond}}) {
                                {{itemVar}}s.remove({{itemVar}});
                            }
                        }
                        ```
                        there's only one thread, how is this concurrent??""",
                        "How do I remove items from a List while looping over it in Java without getting ConcurrentModificationException?")
                .answer("""
                        "Concurrent" is misleading: it means the list changed while an iterator was walking it, even on one thread. \
                        Let the list do the filtering:

                        ```java
                        {{itemVar}}s.removeIf({{i}} -> {{i}}.{{cond}});
                        ```

                        or, on older code, remove through the iterator with `Iterator.remove()`.""")
                .wrong("""
                        It's a threading problem. Make the list thread-safe:

                        ```java
                        List<{{item}}> {{itemVar}}s = Collections.synchronizedList(new ArrayList<>());
                        ```""",
                        "Switch the `ArrayList` to a `LinkedList`; linked lists allow removal during iteration.",
                        """
                        Use an index loop:

                        ```java
                        for (int i = 0; i < {{itemVar}}s.size(); i++) {
                            if ({{itemVar}}s.get(i).{{cond}}) {
                                {{itemVar}}s.remove(i);
                            }
                        }
                        ```""")
                .correction("Single thread is enough to trigger it. Use `{{itemVar}}s.removeIf({{i}} -> {{i}}.{{cond}});` (the index loop skips the element after each removal).")
                .source("https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/ConcurrentModificationException.html",
                        "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/Collection.html#removeIf(java.util.function.Predicate)")
                .followUp("what if I also need to collect the removed ones?",
                        """
                        Partition instead of removing:

                        ```java
                        Map<Boolean, List<{{item}}>> parts = {{itemVar}}s.stream()
                                .collect(Collectors.partitioningBy({{i}} -> {{i}}.{{cond}}));
                        List<{{item}}> removed = parts.get(true);
                        {{itemVar}}s = new ArrayList<>(parts.get(false));
                        ```""",
                        "Call `{{itemVar}}s.clone()` before the loop and remove from the clone; the removed items stay in the original.")
                .build();
    }
}
