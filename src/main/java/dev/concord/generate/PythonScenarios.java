package dev.concord.generate;

import java.util.List;

/** Coding-assistant requests about Python: imports, pandas, dates, classic gotchas. */
final class PythonScenarios {
    private PythonScenarios() {
    }

    static List<Scenario> all() {
        return List.of(moduleNotFound(), pandasKeyError(), strptime(), mutableDefault());
    }

    private static Scenario moduleNotFound() {
        return Scenario.builder("py-modulenotfound")
                .slots(s -> {
                    String pkg = s.putPick("pypkg", CodingWords.PY_PACKAGES);
                    s.put("module", switch (pkg) {
                        case "python-dateutil" -> "dateutil";
                        case "pydantic" -> "pydantic";
                        default -> pkg;
                    });
                    s.putPick("script", CodingWords.PY_MODULES);
                    s.put("pyline", s.between(1, 14));
                    s.put("pkgVer", s.version(s.between(1, 2), 31, 9));
                    s.put("topic", "the ModuleNotFoundError for " + pkg);
                    s.put("why", "the package was installed into a different interpreter than the one running the script, "
                            + "so `import " + s.get("module") + "` could not find it.");
                })
                .question("""
                        I did `pip install {{pypkg}}` and it says "Successfully installed {{pypkg}}-{{pkgVer}}" but:

                        ```
                        Traceback (most recent call last):
                          File "/home/dev/project/{{script}}", line {{pyline}}, in <module>
                            import {{module}}
                        ModuleNotFoundError: No module named '{{module}}'
                        ```""",
                        "ModuleNotFoundError: No module named '{{module}}' even though pip install worked. Python {{pyVersion}} on macOS",
                        "pip says {{pypkg}} is installed but python can't import it. why?")
                .answer("""
                        `pip` and `python` are pointing at different interpreters. Install with the interpreter you run:

                        ```
                        python -m pip install {{pypkg}}
                        python -c "import sys; print(sys.executable)"
                        ```

                        Better still, use a virtual environment per project:

                        ```
                        python -m venv .venv
                        source .venv/bin/activate
                        python -m pip install {{pypkg}}=={{pkgVer}}
                        ```""")
                .wrong("The package name and the module name differ. Install it with `pip install {{module}}-python` instead.",
                        "Run `sudo pip install {{pypkg}}`; without sudo pip installs into a temporary location that Python doesn't search.",
                        "Add `sys.path.append('/usr/lib/python3/dist-packages')` at the top of {{script}}.")
                .correction("Different interpreters. Use `python -m pip install {{pypkg}}` (ideally inside a venv) so pip installs for the python that runs {{script}}.")
                .source("https://docs.python.org/3/installing/index.html", "https://docs.python.org/3/library/venv.html")
                .followUp("and how do I make sure the CI uses the same versions?",
                        """
                        Pin them and install from the file in CI:

                        ```
                        python -m pip freeze > requirements.txt
                        # in CI
                        python -m pip install -r requirements.txt
                        ```""",
                        "CI always uses the latest versions from PyPI, there's no way to pin them; just retry the job if it fails.")
                .build();
    }

    private static Scenario pandasKeyError() {
        return Scenario.builder("py-pandas-keyerror")
                .slots(s -> {
                    s.putPick("col", List.of("created_at", "order_id", "amount", "customer_email", "status", "sku"));
                    s.putPick("csv", List.of("orders_export.csv", "payments_2026-10.csv", "report.csv", "stock_levels.csv"));
                    s.put("pdVer", "2." + s.between(0, 2) + "." + s.between(0, 4));
                    s.put("topic", "the pandas KeyError on '" + s.get("col") + "'");
                    s.put("why", "the CSV header had a space after the comma, so the column was really called ' "
                            + s.get("col") + "' with a leading space.");
                })
                .question("""
                        pandas {{pdVer}}:
                        ```python
                        df = pd.read_csv("{{csv}}")
                        df["{{col}}"]
                        ```
                        ```
                        KeyError: '{{col}}'
                        ```
                        but I can see the column in the file!""",
                        "KeyError '{{col}}' in pandas although the column exists in {{csv}}")
                .answer("""
                        The header probably has stray whitespace (`id, {{col}}`), so the real name is `' {{col}}'`. Check with `print(df.columns.tolist())` and fix it when reading:

                        ```python
                        df = pd.read_csv("{{csv}}", skipinitialspace=True)
                        # or
                        df.columns = df.columns.str.strip()
                        ```""")
                .wrong("Use `df.loc[\"{{col}}\"]` instead of `df[\"{{col}}\"]`; square brackets only work for integer positions.",
                        "The CSV is probably too large. Pass `low_memory=False` to `read_csv` and the column will load.",
                        "Upgrade pandas; `KeyError` on existing columns was a bug fixed in 3.0.")
                .correction("Print `df.columns.tolist()`: the name has a leading space. `pd.read_csv(\"{{csv}}\", skipinitialspace=True)` or `df.columns = df.columns.str.strip()`.")
                .source("https://pandas.pydata.org/docs/reference/api/pandas.read_csv.html")
                .followUp("now {{col}} comes back as strings, how do I parse it?",
                        "`pd.to_numeric(df[\"{{col}}\"], errors=\"coerce\")` for numbers, `pd.to_datetime(df[\"{{col}}\"], utc=True)` for timestamps; `errors=\"coerce\"` turns bad values into NaN/NaT so you can inspect them.",
                        "Call `df[\"{{col}}\"].astype(\"auto\")`, pandas will detect the type.")
                .build();
    }

    private static Scenario strptime() {
        return Scenario.builder("py-strptime")
                .slots(s -> {
                    s.put("stamp", s.get("isoDate") + "T" + String.format("%02d:%02d:%02d", s.between(0, 23), s.between(0, 59), s.between(0, 59))
                            + s.pick("Z", "+00:00", "+01:00", ".123Z"));
                    s.putPick("script", CodingWords.PY_MODULES);
                    s.put("pyline", s.between(20, 220));
                    s.put("topic", "the strptime ValueError");
                    s.put("why", "the API returns ISO-8601 timestamps with a `T` and a zone suffix, but the parser expected `%Y-%m-%d %H:%M:%S`.");
                })
                .question("""
                        ```
                          File "{{script}}", line {{pyline}}, in parse_row
                            ts = datetime.strptime(row["created"], "%Y-%m-%d %H:%M:%S")
                        ValueError: time data '{{stamp}}' does not match format '%Y-%m-%d %H:%M:%S'
                        ```""",
                        "How do I parse '{{stamp}}' into a datetime in Python {{pyVersion}}?")
                .answer("""
                        That's ISO 8601 with a `T` and a UTC offset. On Python 3.11+ `fromisoformat` handles it, including a trailing `Z`:

                        ```python
                        from datetime import datetime
                        ts = datetime.fromisoformat("{{stamp}}")
                        ```

                        The result is timezone-aware; compare it only with other aware datetimes.""")
                .wrong("Use `time.strptime(row[\"created\"])` without a format string; it detects the format automatically.",
                        """
                        Change the format to match:
                        ```python
                        datetime.strptime(row["created"], "%Y-%m-%dT%H:%M:%S")
                        ```""",
                        "Strip the last 6 characters first: `row[\"created\"][:-6]`; Python can't parse timezones.")
                .correction("`datetime.fromisoformat(\"{{stamp}}\")` (3.11+ accepts the Z suffix); a fixed strptime format breaks on the zone part.")
                .source("https://docs.python.org/3/library/datetime.html#datetime.datetime.fromisoformat")
                .followUp("and to convert it to Europe/London?",
                        """
                        ```python
                        from zoneinfo import ZoneInfo
                        local = ts.astimezone(ZoneInfo("Europe/London"))
                        ```""",
                        "`ts.replace(tzinfo=ZoneInfo(\"Europe/London\"))` converts it.")
                .build();
    }

    private static Scenario mutableDefault() {
        return Scenario.builder("py-mutable-default")
                .slots(s -> {
                    s.putPick("fn", List.of("add_item", "collect_errors", "append_tag", "register_handler"));
                    s.putPick("arg", List.of("items", "errors", "tags", "handlers"));
                    s.put("topic", "the list that kept growing between calls");
                    s.put("why", "a default argument is evaluated once, when the function is defined, so every call shared the same list.");
                })
                .question("""
                        Why does this keep the values from previous calls?
                        ```python
                        def {{fn}}(x, {{arg}}=[]):
                            {{arg}}.append(x)
                            return {{arg}}

                        {{fn}}(1)  # [1]
                        {{fn}}(2)  # [1, 2] ???
                        ```""",
                        "python default argument list keeps growing between calls")
                .answer("""
                        Default values are evaluated once, when `def` runs, so all calls share one list. Use `None` as the default:

                        ```python
                        def {{fn}}(x, {{arg}}=None):
                            if {{arg}} is None:
                                {{arg}} = []
                            {{arg}}.append(x)
                            return {{arg}}
                        ```""")
                .wrong("It's a caching feature of CPython {{pyVersion}}; run with `python -X nocache` to disable it.",
                        "Write `{{arg}}=list()` instead of `{{arg}}=[]`; the constructor call creates a fresh list on every call.",
                        "Call `{{arg}}.clear()` at the start of the function.")
                .correction("Mutable default is created once at def time. Use `{{arg}}=None` and create a new list inside the function.")
                .source("https://docs.python.org/3/tutorial/controlflow.html#default-argument-values")
                .build();
    }
}
