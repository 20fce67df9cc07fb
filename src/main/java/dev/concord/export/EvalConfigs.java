package dev.concord.export;

/** The static files beside the eval layouts' rows: the promptfoo config and the OpenAI Evals definition. */
final class EvalConfigs {
    private EvalConfigs() {
    }

    /** {@code eval/promptfoo/promptfooconfig.yaml}: the conversation is the prompt, passed as the variable {@code messages}. */
    static String promptfooConfig() {
        return """
                # Written by Concord (concord export --eval-layout promptfoo); see docs/export.md.
                # Each test case in tests.jsonl passes its conversation as the variable `messages` (an OpenAI chat
                # array as JSON text, tool calls included); the prompt below hands it to the provider as a chat.
                # Golden cases assert `similar` to the accepted answer; regression cases assert `similar` to the agreed
                # correction and `not-similar` to the bad answer. Both use embeddings: set an embedding provider under
                # defaultTest.options.provider if your default provider has none.
                # Replace the provider with the model or app under test, then run: promptfoo eval
                description: Concord golden and regression cases
                prompts:
                  - '{{ messages }}'
                providers:
                  - openai:chat:gpt-4.1-mini
                tests: file://tests.jsonl
                """;
    }

    /**
     * {@code eval/openai-evals/eval.json}: the body of a {@code POST /v1/evals} request (a custom data source whose
     * item schema fits {@code items.jsonl}, and the testing criteria the items are meant for), and a run's data
     * source that generates the model's answer from each item's messages.
     */
    static String openAiEval() {
        return """
                {
                  "note": "Written by Concord (concord export --eval-layout openai-evals); see docs/export.md. create_eval is the body of POST /v1/evals; upload items.jsonl as a file with purpose 'evals' and put its id in run_data_source.source.id for POST /v1/evals/{eval_id}/runs.",
                  "create_eval": {
                    "name": "Concord golden and regression cases",
                    "data_source_config": {
                      "type": "custom",
                      "include_sample_schema": true,
                      "item_schema": {
                        "type": "object",
                        "properties": {
                          "id": {"type": "string"},
                          "kind": {"type": "string", "enum": ["golden", "regression"]},
                          "input": {"type": "array", "items": {"type": "object"}},
                          "question": {"type": "string"},
                          "expected": {"type": "string"},
                          "bad_answer": {"type": "string"},
                          "label": {"type": "string"}
                        },
                        "required": ["id", "kind", "input", "question", "expected", "bad_answer", "label"]
                      }
                    },
                    "testing_criteria": [
                      {
                        "type": "text_similarity",
                        "name": "close to the expected answer",
                        "input": "{{sample.output_text}}",
                        "reference": "{{item.expected}}",
                        "evaluation_metric": "fuzzy_match",
                        "pass_threshold": 0.8
                      },
                      {
                        "type": "python",
                        "name": "does not repeat the bad answer",
                        "source": "from difflib import SequenceMatcher\\n\\ndef grade(sample, item) -> float:\\n    bad = item.get('bad_answer') or ''\\n    if not bad:\\n        return 1.0\\n    ratio = SequenceMatcher(None, sample.get('output_text') or '', bad).ratio()\\n    return 1.0 if ratio < 0.9 else 0.0\\n",
                        "pass_threshold": 1.0
                      }
                    ]
                  },
                  "run_data_source": {
                    "type": "completions",
                    "model": "gpt-4.1-mini",
                    "input_messages": {"type": "item_reference", "item_reference": "item.input"},
                    "source": {"type": "file_id", "id": "FILE_ID_OF_items.jsonl"}
                  }
                }
                """;
    }
}
