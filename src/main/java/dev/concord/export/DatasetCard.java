package dev.concord.export;

import dev.concord.curate.ExampleFile;

import java.util.Map;

/**
 * {@code README.md} of an export: a Hugging Face dataset card whose {@code configs} map each non-empty training file
 * to a named config ({@code sft}, {@code dpo}, {@code kto}), so that {@code datasets.load_dataset(DIR, "dpo")} loads
 * {@code train/dpo.jsonl}. The eval files are listed in the text only: eval tools read them (see the eval layouts).
 */
final class DatasetCard {
    static final String PATH = "README.md";

    private DatasetCard() {
    }

    static String text(Map<String, ExportWriter.FileSummary> files) {
        StringBuilder yaml = new StringBuilder("---\nconfigs:\n");
        StringBuilder table = new StringBuilder("| config | file | rows | rows with tools | layout |\n|---|---|---|---|---|\n");
        boolean first = true;
        for (ExampleFile f : ExampleFile.values()) {
            ExportWriter.FileSummary s = files.get(f.path());
            if (f.isEval() || s == null || s.rows() <= 0) {
                continue;
            }
            yaml.append("- config_name: ").append(f.code()).append('\n');
            if (first) {
                yaml.append("  default: true\n");
                first = false;
            }
            yaml.append("  data_files:\n  - split: train\n    path: ").append(f.path()).append('\n');
            table.append("| `").append(f.code()).append("` | `").append(f.path()).append("` | ").append(s.rows())
                    .append(" | ").append(s.toolRows()).append(" | ").append(layout(f)).append(" |\n");
        }
        if (first) {
            yaml.setLength(0);
            yaml.append("---\n");
        }
        yaml.append("tags:\n- concord\n---\n\n");
        return yaml + """
                # Concord export

                Written by Concord from reviewed and automatically curated agent conversations; `manifest.json` says
                how (the policy, the agreement, every file's hash). Every text passed Concord's PII redactor twice.

                Each training file is a named config (empty files are left out):

                """ + table + """

                ```python
                from datasets import load_dataset
                sft = load_dataset("path/to/this/folder", "sft", split="train")
                ```

                Messages keep agent turns in the OpenAI chat shape: `tool_calls` on assistant turns (arguments as a
                JSON text), `tool_call_id` on tool results, and a `tools` column where the conversation offered
                functions. The eval cases are in `eval/` (Concord's layout, and promptfoo, Inspect AI or OpenAI Evals
                layouts when asked for); they are not configs here, so that training never reads them.
                """;
    }

    private static String layout(ExampleFile f) {
        return switch (f) {
            case SFT -> "conversational language modeling (`messages`)";
            case DPO -> "preference (`prompt`, `chosen`, `rejected`, or OpenAI's `input`/`preferred_output`)";
            case KTO -> "unpaired preference (`prompt`, `completion`, `label`)";
            default -> "";
        };
    }
}
