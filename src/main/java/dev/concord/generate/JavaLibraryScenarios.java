package dev.concord.generate;

import java.util.List;

/** Coding-assistant requests about Java libraries: dependency clashes and the streams API. */
final class JavaLibraryScenarios {
    private JavaLibraryScenarios() {
    }

    static List<Scenario> all() {
        return List.of(noSuchMethod(), groupingStream());
    }

    private static Scenario noSuchMethod() {
        return Scenario.builder("java-nosuchmethod")
                .slots(s -> {
                    CodingWords.fillCodeLocation(s);
                    String lib = s.pick("jackson", "guava", "commons-lang3");
                    s.put("newVer", switch (lib) {
                        case "jackson" -> "2." + s.between(15, 18) + "." + s.between(0, 3);
                        case "guava" -> s.between(31, 33) + "." + s.between(0, 1) + ".1-jre";
                        default -> "3." + s.between(12, 17) + ".0";
                    });
                    s.put("oldVer", switch (lib) {
                        case "jackson" -> "2." + s.between(9, 12) + "." + s.between(1, 7);
                        case "guava" -> s.between(19, 24) + ".0";
                        default -> "3." + s.between(3, 8);
                    });
                    s.put("lib", lib);
                    s.put("ga", switch (lib) {
                        case "jackson" -> "com.fasterxml.jackson.core:jackson-databind";
                        case "guava" -> "com.google.guava:guava";
                        default -> "org.apache.commons:commons-lang3";
                    });
                    s.put("g", s.get("ga").substring(0, s.get("ga").indexOf(':')));
                    s.put("a", s.get("ga").substring(s.get("ga").indexOf(':') + 1));
                    s.put("sig", switch (lib) {
                        case "jackson" -> "'com.fasterxml.jackson.core.StreamReadConstraints com.fasterxml.jackson.core.JsonParser.streamReadConstraints()'";
                        case "guava" -> "'com.google.common.collect.ImmutableList com.google.common.collect.ImmutableList.toImmutableList()'";
                        default -> "'boolean org.apache.commons.lang3.StringUtils.isAnyBlank(java.lang.CharSequence[])'";
                    });
                    s.put("topic", "the NoSuchMethodError from " + lib);
                    s.put("why", "two versions of " + lib + " were on the classpath and Maven's nearest-wins rule picked "
                            + s.get("oldVer") + ", which lacks a method that code compiled against " + s.get("newVer") + " calls.");
                })
                .question("""
                        After bumping {{lib}} to {{newVer}} the app compiles but fails at startup:

                        ```
                        java.lang.NoSuchMethodError: {{sig}}
                        \tat {{pkg}}.{{cls}}.<init>({{cls}}.java:{{line}})
                        ```
                        how can a method be missing if it compiles?""",
                        "NoSuchMethodError {{sig}} at runtime but not at compile time, maven project, {{lib}} {{newVer}}. ideas?")
                .answer("""
                        Compile time and run time see different {{lib}} versions: something else drags in {{lib}} {{oldVer}} and Maven's "nearest wins" picks it. Find it:

                        ```
                        mvn dependency:tree -Dincludes={{ga}}
                        ```

                        Then pin one version in `<dependencyManagement>`:

                        ```xml
                        <dependency>
                          <groupId>{{g}}</groupId>
                          <artifactId>{{a}}</artifactId>
                          <version>{{newVer}}</version>
                        </dependency>
                        ```""")
                .wrong("Run `mvn clean install -U`; your local repository has a corrupted {{lib}} jar.",
                        "The method was removed in {{lib}} {{newVer}}. Downgrade back to {{oldVer}}.",
                        "Add `-XX:+AllowRedefinitionToAddDeleteMethods` to the JVM options so the missing method can be resolved at runtime.")
                .correction("""
                        Another dependency brings {{lib}} {{oldVer}} transitively and wins. `mvn dependency:tree -Dincludes={{ga}}` shows which; pin {{newVer}} in dependencyManagement.""")
                .source("https://maven.apache.org/guides/introduction/introduction-to-dependency-mechanism.html",
                        "https://maven.apache.org/plugins/maven-dependency-plugin/tree-mojo.html")
                .followUp("can I make the build fail when this happens again?",
                        """
                        Yes, the Enforcer plugin's `dependencyConvergence` rule fails the build when two versions of a library meet:

                        ```xml
                        <plugin>
                          <artifactId>maven-enforcer-plugin</artifactId>
                          <version>3.5.0</version>
                          <executions><execution><goals><goal>enforce</goal></goals>
                            <configuration><rules><dependencyConvergence/></rules></configuration>
                          </execution></executions>
                        </plugin>
                        ```""",
                        "Add `<failOnWarning>true</failOnWarning>` to the compiler plugin; version conflicts are compiler warnings.")
                .build();
    }

    private static Scenario groupingStream() {
        return Scenario.builder("java-groupingby")
                .slots(s -> {
                    s.putPick("item", List.of("Order", "Invoice", "Payment", "Refund"));
                    s.put("itemVar", CodingWords.lowerFirst(s.get("item")));
                    s.putPick("key", List.of("customerId", "country", "currency", "status"));
                    s.put("keyGetter", "get" + Character.toUpperCase(s.get("key").charAt(0)) + s.get("key").substring(1));
                    s.put("topic", "the per-" + s.get("key") + " totals");
                    s.put("why", "summing `BigDecimal`s needs `reducing`, because `summingDouble` converts to double and loses cents.");
                })
                .question("""
                        I have a List<{{item}}> and want a Map from {{key}} to the total amount (BigDecimal). Is there a one-liner with streams?""",
                        "java streams: group {{item}}s by {{key}} and sum getAmount() which is a BigDecimal",
                        "How do I group a list by a field and sum a BigDecimal with Java streams?")
                .answer("""
                        ```java
                        Map<String, BigDecimal> totals = {{itemVar}}s.stream()
                                .collect(Collectors.groupingBy({{item}}::{{keyGetter}},
                                        Collectors.reducing(BigDecimal.ZERO, {{item}}::getAmount, BigDecimal::add)));
                        ```

                        Avoid `summingDouble` for money: it converts to `double` and you lose exact cents.""")
                .wrong("""
                        ```java
                        Map<String, Double> totals = {{itemVar}}s.stream()
                                .collect(Collectors.groupingBy({{item}}::{{keyGetter}},
                                        Collectors.summingDouble(o -> o.getAmount().doubleValue())));
                        ```""",
                        """
                        ```java
                        Map<String, BigDecimal> totals = {{itemVar}}s.stream()
                                .collect(Collectors.toMap({{item}}::{{keyGetter}}, {{item}}::getAmount));
                        ```""",
                        "Use `Collectors.summingBigDecimal({{item}}::getAmount)` inside `groupingBy`.")
                .correction("`groupingBy({{item}}::{{keyGetter}}, reducing(BigDecimal.ZERO, {{item}}::getAmount, BigDecimal::add))`. There is no summingBigDecimal, and summingDouble loses precision.")
                .source("https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/stream/Collectors.html")
                .followUp("and sorted by total, biggest first?",
                        """
                        ```java
                        List<Map.Entry<String, BigDecimal>> ranked = totals.entrySet().stream()
                                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                                .toList();
                        ```""",
                        "Pass `TreeMap::new` as the map factory to `groupingBy`; a TreeMap keeps entries sorted by value.")
                .build();
    }
}
