package dev.concord.generate;

import java.util.List;

/** Coding-assistant requests about SQL (PostgreSQL): grouping errors, join fan-out, slow queries. */
final class SqlScenarios {
    private SqlScenarios() {
    }

    static List<Scenario> all() {
        return List.of(groupBy(), joinFanOut(), slowQuery());
    }

    private static Scenario groupBy() {
        return Scenario.builder("sql-groupby")
                .slots(s -> {
                    s.putPick("table", List.of("orders", "invoices", "payments", "refunds"));
                    s.putPick("col", List.of("created_at", "status", "currency", "channel"));
                    s.put("topic", "the GROUP BY error");
                    s.put("why", "every selected column must either be in GROUP BY or inside an aggregate; `" + s.get("col")
                            + "` was neither, so PostgreSQL could not pick one value per group.");
                })
                .question("""
                        PostgreSQL {{pgVersion}}:
                        ```sql
                        SELECT customer_id, {{col}}, sum(amount)
                        FROM {{table}}
                        GROUP BY customer_id;
                        ```
                        ```
                        ERROR:  column "{{table}}.{{col}}" must appear in the GROUP BY clause or be used in an aggregate function
                        LINE 1: SELECT customer_id, {{col}}, sum(amount)
                        ```
                        MySQL ran this fine""",
                        "postgres: column \"{{table}}.{{col}}\" must appear in the GROUP BY clause or be used in an aggregate function - what does it mean?")
                .answer("""
                        Per `customer_id` there can be many `{{col}}` values and PostgreSQL won't pick one arbitrarily (MySQL does, silently). Decide which you want:

                        ```sql
                        -- one row per customer and {{col}}
                        SELECT customer_id, {{col}}, sum(amount)
                        FROM {{table}}
                        GROUP BY customer_id, {{col}};

                        -- or one row per customer with the latest {{col}}
                        SELECT customer_id, max({{col}}) AS {{col}}, sum(amount)
                        FROM {{table}}
                        GROUP BY customer_id;
                        ```""")
                .wrong("Add `SET sql_mode = ''` before the query to disable the strict check, like in MySQL.",
                        "Replace `GROUP BY customer_id` with `GROUP BY 1, 2, 3`.",
                        "Use `SELECT DISTINCT customer_id, {{col}}, sum(amount) FROM {{table}}` and drop the GROUP BY.")
                .correction("PostgreSQL has no sql_mode. Either add `{{col}}` to GROUP BY or aggregate it (`max({{col}})`), depending on which row you want.")
                .source("https://www.postgresql.org/docs/16/queries-table-expressions.html#QUERIES-GROUP")
                .followUp("can I get the {{col}} of the most recent row per customer instead of max()?",
                        """
                        Use `DISTINCT ON`:

                        ```sql
                        SELECT DISTINCT ON (customer_id) customer_id, {{col}}
                        FROM {{table}}
                        ORDER BY customer_id, created_at DESC;
                        ```""",
                        "`SELECT customer_id, last({{col}}) FROM {{table}} GROUP BY customer_id;` uses the built-in `last` aggregate.")
                .build();
    }

    private static Scenario joinFanOut() {
        return Scenario.builder("sql-join-fanout")
                .slots(s -> {
                    s.put("factor", s.between(2, 4));
                    s.putPick("child", List.of("line_items", "shipments", "payments", "order_notes"));
                    s.put("topic", "the doubled revenue numbers");
                    s.put("why", "joining orders to " + s.get("child") + " repeated each order once per child row, so `sum(o.total)` counted it several times.");
                })
                .question("""
                        My revenue report is about {{factor}}x too high since I added a join:
                        ```sql
                        SELECT date_trunc('day', o.created_at) AS day, sum(o.total)
                        FROM orders o
                        JOIN {{child}} c ON c.order_id = o.id
                        WHERE o.created_at >= '{{monthStart}}'
                        GROUP BY 1;
                        ```""",
                        "sum() is too high after adding a JOIN in postgres, why?")
                .answer("""
                        The join fans out: an order with 3 rows in `{{child}}` appears 3 times, so its total is summed 3 times. Aggregate before joining, or filter with `EXISTS` when you only need the condition:

                        ```sql
                        SELECT date_trunc('day', o.created_at) AS day, sum(o.total)
                        FROM orders o
                        WHERE o.created_at >= '{{monthStart}}'
                          AND EXISTS (SELECT 1 FROM {{child}} c WHERE c.order_id = o.id)
                        GROUP BY 1;
                        ```""")
                .wrong("Use `sum(DISTINCT o.total)`; that removes the duplicates.",
                        "Change `JOIN` to `LEFT JOIN`; inner joins duplicate rows.",
                        "Divide the result by {{factor}}.")
                .correction("Fan-out from the join. `sum(DISTINCT o.total)` is wrong too (two orders with the same total collapse). Use `EXISTS` or aggregate {{child}} in a subquery first.")
                .source("https://www.postgresql.org/docs/16/functions-subquery.html#FUNCTIONS-SUBQUERY-EXISTS")
                .build();
    }

    private static Scenario slowQuery() {
        return Scenario.builder("sql-slow-query")
                .slots(s -> {
                    s.putPick("table", CodingWords.TABLES);
                    s.put("rows", s.between(2, 90) + "." + s.between(0, 9) + "M");
                    s.put("ms", s.between(1800, 42000));
                    s.putPick("col", List.of("customer_id", "status", "external_ref", "created_at"));
                    s.put("topic", "the slow query on " + s.get("table"));
                    s.put("why", "there was no index on `" + s.get("col") + "`, so every lookup scanned all " + s.get("rows") + " rows.");
                })
                .question("""
                        This takes {{ms}} ms on {{table}} ({{rows}} rows), PostgreSQL {{pgVersion}}:
                        ```sql
                        SELECT * FROM {{table}} WHERE {{col}} = $1 ORDER BY id DESC LIMIT 50;
                        ```
                        EXPLAIN says `Seq Scan on {{table}}`. How do I speed it up?""",
                        "query on {{table}} filtered by {{col}} is slow ({{ms}}ms), seq scan. what index?")
                .answer("""
                        Add an index that matches both the filter and the sort, and build it without locking writes:

                        ```sql
                        CREATE INDEX CONCURRENTLY idx_{{table}}_{{col}}_id ON {{table}} ({{col}}, id DESC);
                        ANALYZE {{table}};
                        ```

                        Then check with `EXPLAIN (ANALYZE, BUFFERS)` that the plan uses an Index Scan.""")
                .wrong("Run `VACUUM FULL {{table}};` every night; sequential scans are caused by table bloat.",
                        "Add `CREATE INDEX ON {{table}} (id);`; the ORDER BY is what makes it slow.",
                        "Increase `work_mem` to 2GB in postgresql.conf and restart.")
                .correction("Index ({{col}}, id DESC), created CONCURRENTLY so production writes aren't blocked. VACUUM FULL takes an exclusive lock and won't fix a missing index.")
                .source("https://www.postgresql.org/docs/16/sql-createindex.html", "https://www.postgresql.org/docs/16/using-explain.html")
                .followUp("will CREATE INDEX CONCURRENTLY lock the table?",
                        "It takes only a `SHARE UPDATE EXCLUSIVE` lock, so reads and writes continue; it is slower and can't run inside a transaction block. If it fails it leaves an INVALID index you must drop and recreate.",
                        "Yes, it locks the table for writes the whole time; run it in a maintenance window.")
                .build();
    }
}
